/*
 * The floor: the least work any generator of this site must do. Reads every .md file of a
 * content folder, skips its YAML front matter, renders the body with libcmark and writes
 * one HTML file per input, OUT/<path without .md>/index.html. No templates, no lists, no
 * feeds: what is left when a static site generator does nothing but Markdown and files.
 *
 *     floor CONTENT OUT THREADS [PADDING]     (THREADS: 1 or more)
 *
 * PADDING (bytes, default 0) is added to every page, in the same write: with the right
 * value the floor writes as many bytes as a generator's whole site (its templates, lists
 * and issue pages), so that the cost of the bytes alone can be told from the rest.
 *
 * Build: gcc -O2 -o floor floor.c -lcmark -lpthread
 */
#define _GNU_SOURCE
#include <cmark.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char **paths;          /* relative paths of the .md files, in walk order */
static size_t path_count, path_capacity;
static size_t content_prefix; /* length of "CONTENT/" */
static const char *out_root;
static size_t padding; /* bytes of spaces added to every page */
static atomic_size_t next_file;
static atomic_int failed;

static int collect(const char *path, const struct stat *info, int type, struct FTW *ftw) {
  (void)info;
  (void)ftw;
  size_t length = strlen(path);
  if (type != FTW_F || length < 3 || strcmp(path + length - 3, ".md") != 0) return 0;
  if (path_count == path_capacity) {
    path_capacity = path_capacity ? path_capacity * 2 : 1024;
    paths = realloc(paths, path_capacity * sizeof *paths);
    if (!paths) { perror("realloc"); exit(1); }
  }
  paths[path_count++] = strdup(path);
  return 0;
}

/* Creates every folder of `path` (which ends in a file name). */
static int make_parents(char *path) {
  for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
    *slash = '\0';
    int result = mkdir(path, 0755);
    *slash = '/';
    if (result != 0 && errno != EEXIST) return -1;
  }
  return 0;
}

static char *read_file(const char *path, size_t *size) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  struct stat info;
  if (fstat(fd, &info) != 0) { close(fd); return NULL; }
  char *data = malloc((size_t)info.st_size + 1);
  size_t done = 0;
  while (data && done < (size_t)info.st_size) {
    ssize_t n = read(fd, data + done, (size_t)info.st_size - done);
    if (n <= 0) { if (n < 0 && errno == EINTR) continue; free(data); data = NULL; break; }
    done += (size_t)n;
  }
  close(fd);
  if (data) { data[done] = '\0'; *size = done; }
  return data;
}

/* The Markdown after the front matter: after the second line that is "---". */
static const char *skip_front_matter(const char *text, size_t *size) {
  if (strncmp(text, "---\n", 4) != 0) return text;
  const char *closing = strstr(text + 3, "\n---\n");
  if (!closing) return text;
  const char *body = closing + 5;
  *size -= (size_t)(body - text);
  return body;
}

static int render_one(const char *path) {
  size_t size;
  char *text = read_file(path, &size);
  if (!text) { fprintf(stderr, "floor: cannot read %s\n", path); return -1; }
  const char *body = skip_front_matter(text, &size);
  char *html = cmark_markdown_to_html(body, size, CMARK_OPT_SMART | CMARK_OPT_UNSAFE);
  free(text);
  size_t total = strlen(html);
  if (padding > 0) {
    char *page = realloc(html, total + padding);
    if (!page) { free(html); return -1; }
    memset(page + total, ' ', padding);
    html = page;
    total += padding;
  }

  const char *relative = path + content_prefix;
  size_t stem = strlen(relative) - 3;
  size_t length = strlen(out_root) + 1 + stem + sizeof "/index.html";
  char *target = malloc(length);
  snprintf(target, length, "%s/%.*s/index.html", out_root, (int)stem, relative);
  int result = make_parents(target);
  int fd = result == 0 ? open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644) : -1;
  if (fd < 0) {
    fprintf(stderr, "floor: cannot write %s: %s\n", target, strerror(errno));
    result = -1;
  } else {
    size_t done = 0;
    while (done < total) {
      ssize_t n = write(fd, html + done, total - done);
      if (n < 0) { if (errno == EINTR) continue; result = -1; break; }
      done += (size_t)n;
    }
    close(fd);
  }
  free(target);
  free(html);
  return result;
}

static void *worker(void *unused) {
  (void)unused;
  for (;;) {
    size_t index = atomic_fetch_add(&next_file, 1);
    if (index >= path_count) return NULL;
    if (render_one(paths[index]) != 0) atomic_store(&failed, 1);
  }
}

int main(int argc, char **argv) {
  if ((argc != 4 && argc != 5) || atoi(argv[3]) < 1 || (argc == 5 && atol(argv[4]) < 0)) {
    fprintf(stderr, "usage: floor CONTENT OUT THREADS [PADDING]\n");
    return 2;
  }
  padding = argc == 5 ? (size_t)atol(argv[4]) : 0;
  const char *content = argv[1];
  out_root = argv[2];
  int threads = atoi(argv[3]);
  content_prefix = strlen(content) + (content[strlen(content) - 1] == '/' ? 0 : 1);
  if (nftw(content, collect, 64, FTW_PHYS) != 0) { perror(content); return 1; }
  if (mkdir(out_root, 0755) != 0 && errno != EEXIST) { perror(out_root); return 1; }

  pthread_t *ids = calloc((size_t)threads, sizeof *ids);
  for (int i = 0; i < threads; i++) pthread_create(&ids[i], NULL, worker, NULL);
  for (int i = 0; i < threads; i++) pthread_join(ids[i], NULL);
  free(ids);
  for (size_t i = 0; i < path_count; i++) free(paths[i]);
  free(paths);
  return atomic_load(&failed) ? 1 : 0;
}
