/// Every ISO 3166-1 country: `CODE|Name|alias; alias|adjective; adjective`.
///
/// The name is the usual English short name; aliases are other names editors write
/// (official long names, former names, common short forms, names without diacritics);
/// adjectives are the forms used in compounds such as "Sino-French" or "British".
let countryTable = """
AD|Andorra|Principality of Andorra|Andorran
AE|United Arab Emirates|UAE; U.A.E.; Emirates|Emirati
AF|Afghanistan|Islamic Republic of Afghanistan|Afghan
AG|Antigua and Barbuda|Antigua; Antigua & Barbuda|Antiguan; Barbudan
AI|Anguilla||Anguillan
AL|Albania|Republic of Albania|Albanian
AM|Armenia|Republic of Armenia|Armenian
AO|Angola|Republic of Angola|Angolan
AQ|Antarctica||Antarctic
AR|Argentina|Argentine Republic|Argentine; Argentinian
AS|American Samoa||American Samoan
AT|Austria|Republic of Austria|Austrian; Austro
AU|Australia|Commonwealth of Australia|Australian
AW|Aruba||Aruban
AX|Åland Islands|Aland Islands; Åland; Aland|
AZ|Azerbaijan|Republic of Azerbaijan|Azerbaijani; Azeri
BA|Bosnia and Herzegovina|Bosnia; Bosnia-Herzegovina; Bosnia & Herzegovina; BiH|Bosnian; Herzegovinian
BB|Barbados||Barbadian; Bajan
BD|Bangladesh|People's Republic of Bangladesh|Bangladeshi
BE|Belgium|Kingdom of Belgium|Belgian; Belgo
BF|Burkina Faso|Burkina; Upper Volta|Burkinabè; Burkinabe
BG|Bulgaria|Republic of Bulgaria|Bulgarian
BH|Bahrain|Kingdom of Bahrain|Bahraini
BI|Burundi|Republic of Burundi|Burundian
BJ|Benin|Republic of Benin; Dahomey|Beninese
BL|Saint Barthélemy|Saint Barthelemy; Saint-Barthélemy; Saint-Barthelemy; St. Barthélemy; St. Barthelemy; St. Barts; St Barts; St. Barths|
BM|Bermuda||Bermudian
BN|Brunei|Brunei Darussalam; Nation of Brunei|Bruneian
BO|Bolivia|Plurinational State of Bolivia; Bolivia, Plurinational State of|Bolivian
BQ|Caribbean Netherlands|Bonaire, Sint Eustatius and Saba; BES Islands; Bonaire; Sint Eustatius; Saba|
BR|Brazil|Federative Republic of Brazil; Brasil|Brazilian
BS|Bahamas|The Bahamas; Commonwealth of The Bahamas|Bahamian
BT|Bhutan|Kingdom of Bhutan|Bhutanese
BV|Bouvet Island|Bouvetøya; Bouvetoya|
BW|Botswana|Republic of Botswana|Botswanan
BY|Belarus|Republic of Belarus; Byelorussia; Belorussia|Belarusian
BZ|Belize|British Honduras|Belizean
CA|Canada||Canadian
CC|Cocos (Keeling) Islands|Cocos Islands; Keeling Islands; Cocos Keeling Islands|
CD|DR Congo|Democratic Republic of the Congo; Democratic Republic of Congo; Congo-Kinshasa; DRC; D.R. Congo; Congo, The Democratic Republic of the; Zaire|
CF|Central African Republic|Centrafrique|Central African
CG|Republic of the Congo|Congo; Congo-Brazzaville; Republic of Congo; Congo Republic|
CH|Switzerland|Swiss Confederation; Confoederatio Helvetica|Swiss
CI|Côte d'Ivoire|Ivory Coast; Cote d'Ivoire; Republic of Côte d'Ivoire; Republic of Cote d'Ivoire|Ivorian
CK|Cook Islands||
CL|Chile|Republic of Chile|Chilean
CM|Cameroon|Republic of Cameroon|Cameroonian
CN|China|People's Republic of China; PRC; P.R. China; P.R.China; PR China; Mainland China|Chinese; Sino
CO|Colombia|Republic of Colombia|Colombian
CR|Costa Rica|Republic of Costa Rica|Costa Rican
CU|Cuba|Republic of Cuba|Cuban
CV|Cabo Verde|Cape Verde; Republic of Cabo Verde|Cabo Verdean; Cape Verdean
CW|Curaçao|Curacao; Country of Curaçao|Curaçaoan; Curacaoan
CX|Christmas Island|Territory of Christmas Island|
CY|Cyprus|Republic of Cyprus|Cypriot
CZ|Czechia|Czech Republic|Czech
DE|Germany|Federal Republic of Germany; Deutschland|German
DJ|Djibouti|Republic of Djibouti|Djiboutian
DK|Denmark|Kingdom of Denmark|Danish; Dano
DM|Dominica|Commonwealth of Dominica|
DO|Dominican Republic||
DZ|Algeria|People's Democratic Republic of Algeria|Algerian
EC|Ecuador|Republic of Ecuador|Ecuadorian
EE|Estonia|Republic of Estonia|Estonian
EG|Egypt|Arab Republic of Egypt|Egyptian
EH|Western Sahara|Sahrawi Arab Democratic Republic; SADR|Western Saharan; Sahrawi
ER|Eritrea|State of Eritrea|Eritrean
ES|Spain|Kingdom of Spain; España; Espana|Spanish; Hispano
ET|Ethiopia|Federal Democratic Republic of Ethiopia; Abyssinia|Ethiopian
FI|Finland|Republic of Finland; Suomi|Finnish; Fenno
FJ|Fiji|Republic of Fiji|Fijian
FK|Falkland Islands|Falklands; Falkland Islands (Malvinas); Malvinas; Islas Malvinas|
FM|Micronesia|Federated States of Micronesia; Micronesia, Federated States of; FSM|Micronesian
FO|Faroe Islands|Faroes; Faeroe Islands|Faroese
FR|France|French Republic|French; Franco
GA|Gabon|Gabonese Republic|Gabonese
GB|United Kingdom|UK; U.K.; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland|British; Anglo
GD|Grenada||Grenadian
GE|Georgia||Georgian
GF|French Guiana|Guyane|French Guianese
GG|Guernsey|Bailiwick of Guernsey|
GH|Ghana|Republic of Ghana; Gold Coast|Ghanaian
GI|Gibraltar||Gibraltarian
GL|Greenland|Kalaallit Nunaat|Greenlandic
GM|Gambia|The Gambia; Republic of The Gambia|Gambian
GN|Guinea|Republic of Guinea; Guinea-Conakry|Guinean
GP|Guadeloupe||Guadeloupean
GQ|Equatorial Guinea|Republic of Equatorial Guinea|Equatoguinean; Equatorial Guinean
GR|Greece|Hellenic Republic; Hellas|Greek; Hellenic; Greco
GS|South Georgia and the South Sandwich Islands|South Georgia; South Sandwich Islands|
GT|Guatemala|Republic of Guatemala|Guatemalan
GU|Guam||Guamanian
GW|Guinea-Bissau|Republic of Guinea-Bissau|Bissau-Guinean
GY|Guyana|Co-operative Republic of Guyana; British Guiana|Guyanese
HK|Hong Kong|Hong Kong SAR; Hong Kong, China; Hong Kong Special Administrative Region of China|Hongkongese
HM|Heard Island and McDonald Islands|Heard and McDonald Islands; Heard Island|
HN|Honduras|Republic of Honduras|Honduran
HR|Croatia|Republic of Croatia; Hrvatska|Croatian; Croat
HT|Haiti|Republic of Haiti|Haitian
HU|Hungary||Hungarian
ID|Indonesia|Republic of Indonesia|Indonesian
IE|Ireland|Republic of Ireland; Éire; Eire|Irish; Hiberno
IL|Israel|State of Israel|Israeli
IM|Isle of Man||Manx
IN|India|Republic of India; Bharat|Indian
IO|British Indian Ocean Territory|BIOT; Chagos Islands; Chagos Archipelago|
IQ|Iraq|Republic of Iraq|Iraqi
IR|Iran|Islamic Republic of Iran; Iran, Islamic Republic of; Persia|Iranian; Persian
IS|Iceland|Republic of Iceland|Icelandic
IT|Italy|Italian Republic; Italia|Italian; Italo
JE|Jersey|Bailiwick of Jersey|
JM|Jamaica||Jamaican
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian
JP|Japan|Nippon|Japanese
KE|Kenya|Republic of Kenya|Kenyan
KG|Kyrgyzstan|Kyrgyz Republic; Kirghizia; Kirgizia|Kyrgyz; Kyrgyzstani
KH|Cambodia|Kingdom of Cambodia; Kampuchea|Cambodian; Khmer
KI|Kiribati|Republic of Kiribati|I-Kiribati
KM|Comoros|Union of the Comoros; The Comoros|Comorian
KN|Saint Kitts and Nevis|St. Kitts and Nevis; St Kitts and Nevis; Saint Christopher and Nevis|Kittitian; Nevisian
KP|North Korea|DPRK; Democratic People's Republic of Korea; Korea, Democratic People's Republic of; Korea DPR|North Korean
KR|South Korea|Republic of Korea; Korea Republic; Korea, Republic of; ROK|South Korean
KW|Kuwait|State of Kuwait|Kuwaiti
KY|Cayman Islands|Caymans|Caymanian
KZ|Kazakhstan|Republic of Kazakhstan|Kazakh; Kazakhstani
LA|Laos|Lao PDR; Lao People's Democratic Republic|Lao; Laotian
LB|Lebanon|Lebanese Republic|Lebanese
LC|Saint Lucia|St. Lucia; St Lucia|Saint Lucian; St. Lucian
LI|Liechtenstein|Principality of Liechtenstein|Liechtensteiner
LK|Sri Lanka|Democratic Socialist Republic of Sri Lanka; Ceylon|Sri Lankan
LR|Liberia|Republic of Liberia|Liberian
LS|Lesotho|Kingdom of Lesotho|Basotho
LT|Lithuania|Republic of Lithuania|Lithuanian
LU|Luxembourg|Grand Duchy of Luxembourg|Luxembourgish; Luxembourger
LV|Latvia|Republic of Latvia|Latvian
LY|Libya|State of Libya|Libyan
MA|Morocco|Kingdom of Morocco|Moroccan
MC|Monaco|Principality of Monaco|Monégasque; Monegasque
MD|Moldova|Republic of Moldova; Moldova, Republic of|Moldovan
ME|Montenegro|Crna Gora|Montenegrin
MF|Saint Martin|Saint Martin (French part); Saint-Martin; St. Martin; St Martin; Collectivity of Saint Martin|
MG|Madagascar|Republic of Madagascar|Malagasy
MH|Marshall Islands|Republic of the Marshall Islands|Marshallese
MK|North Macedonia|Macedonia; Former Yugoslav Republic of Macedonia; Republic of North Macedonia; FYROM; FYR Macedonia|Macedonian; North Macedonian
ML|Mali|Republic of Mali|Malian
MM|Myanmar|Burma; Republic of the Union of Myanmar|Burmese
MN|Mongolia||Mongolian
MO|Macao|Macau; Macao SAR; Macau SAR; Macao, China; Macao Special Administrative Region of China|Macanese
MP|Northern Mariana Islands|Northern Marianas; Commonwealth of the Northern Mariana Islands; CNMI|
MQ|Martinique||Martinican
MR|Mauritania|Islamic Republic of Mauritania|Mauritanian
MS|Montserrat||Montserratian
MT|Malta|Republic of Malta|Maltese
MU|Mauritius|Republic of Mauritius|Mauritian
MV|Maldives|Republic of Maldives; The Maldives|Maldivian
MW|Malawi|Republic of Malawi; Nyasaland|Malawian
MX|Mexico|United Mexican States; México|Mexican
MY|Malaysia||Malaysian
MZ|Mozambique|Republic of Mozambique|Mozambican
NA|Namibia|Republic of Namibia|Namibian
NC|New Caledonia||New Caledonian
NE|Niger|Republic of the Niger; Republic of Niger|Nigerien
NF|Norfolk Island||
NG|Nigeria|Federal Republic of Nigeria|Nigerian
NI|Nicaragua|Republic of Nicaragua|Nicaraguan
NL|Netherlands|Holland; The Netherlands; Kingdom of the Netherlands; Nederland|Dutch
NO|Norway|Kingdom of Norway|Norwegian
NP|Nepal|Federal Democratic Republic of Nepal|Nepali; Nepalese
NR|Nauru|Republic of Nauru|Nauruan
NU|Niue||Niuean
NZ|New Zealand|Aotearoa|New Zealander
OM|Oman|Sultanate of Oman|Omani
PA|Panama|Republic of Panama; Panamá|Panamanian
PE|Peru|Republic of Peru; Perú|Peruvian
PF|French Polynesia||French Polynesian
PG|Papua New Guinea|Independent State of Papua New Guinea|Papua New Guinean
PH|Philippines|Republic of the Philippines; The Philippines|Philippine; Filipino
PK|Pakistan|Islamic Republic of Pakistan|Pakistani
PL|Poland|Republic of Poland; Polska|Polish
PM|Saint Pierre and Miquelon|St. Pierre and Miquelon; St Pierre and Miquelon; Saint-Pierre-et-Miquelon|
PN|Pitcairn Islands|Pitcairn; Pitcairn, Henderson, Ducie and Oeno Islands|
PR|Puerto Rico|Commonwealth of Puerto Rico|Puerto Rican
PS|Palestine|State of Palestine; Palestine, State of; Palestinian Territories; Occupied Palestinian Territory|Palestinian
PT|Portugal|Portuguese Republic|Portuguese; Luso
PW|Palau|Republic of Palau; Belau|Palauan
PY|Paraguay|Republic of Paraguay|Paraguayan
QA|Qatar|State of Qatar|Qatari
RE|Réunion|Reunion; La Réunion; La Reunion|Réunionese; Reunionese
RO|Romania|Rumania; Roumania|Romanian
RS|Serbia|Republic of Serbia|Serbian; Serbo
RU|Russia|Russian Federation|Russian; Russo
RW|Rwanda|Republic of Rwanda; Rwandese Republic|Rwandan
SA|Saudi Arabia|Kingdom of Saudi Arabia; KSA|Saudi; Saudi Arabian
SB|Solomon Islands|Solomons|
SC|Seychelles|Republic of Seychelles|Seychellois
SD|Sudan|Republic of the Sudan; The Sudan|Sudanese
SE|Sweden|Kingdom of Sweden; Sverige|Swedish
SG|Singapore|Republic of Singapore|Singaporean
SH|Saint Helena, Ascension and Tristan da Cunha|Saint Helena; St. Helena; St Helena; Ascension Island; Tristan da Cunha|Saint Helenian
SI|Slovenia|Republic of Slovenia|Slovenian; Slovene
SJ|Svalbard and Jan Mayen|Svalbard; Jan Mayen; Svalbard & Jan Mayen|
SK|Slovakia|Slovak Republic|Slovak; Slovakian
SL|Sierra Leone|Republic of Sierra Leone|Sierra Leonean
SM|San Marino|Republic of San Marino|Sammarinese
SN|Senegal|Republic of Senegal|Senegalese
SO|Somalia|Federal Republic of Somalia|Somali; Somalian
SR|Suriname|Republic of Suriname; Surinam; Dutch Guiana|Surinamese
SS|South Sudan|Republic of South Sudan|South Sudanese
ST|São Tomé and Príncipe|Sao Tome and Principe; Democratic Republic of São Tomé and Príncipe; Democratic Republic of Sao Tome and Principe|Santomean
SV|El Salvador|Republic of El Salvador|Salvadoran
SX|Sint Maarten|Sint Maarten (Dutch part); St. Maarten; St Maarten|
SY|Syria|Syrian Arab Republic|Syrian
SZ|Eswatini|Swaziland; Kingdom of Eswatini; Kingdom of Swaziland|Swazi
TC|Turks and Caicos Islands|Turks and Caicos; Turks & Caicos Islands|
TD|Chad|Republic of Chad|Chadian
TF|French Southern Territories|French Southern and Antarctic Lands; TAAF|
TG|Togo|Togolese Republic|Togolese
TH|Thailand|Kingdom of Thailand; Siam|Thai
TJ|Tajikistan|Republic of Tajikistan|Tajik; Tajikistani
TK|Tokelau||Tokelauan
TL|Timor-Leste|East Timor; Timor Leste; Democratic Republic of Timor-Leste|Timorese; East Timorese
TM|Turkmenistan|Turkmenia|Turkmen
TN|Tunisia|Republic of Tunisia|Tunisian
TO|Tonga|Kingdom of Tonga|Tongan
TR|Türkiye|Turkey; Turkiye; Republic of Türkiye; Republic of Turkiye; Republic of Turkey|Turkish; Turco
TT|Trinidad and Tobago|Trinidad & Tobago; Republic of Trinidad and Tobago|Trinidadian; Tobagonian
TV|Tuvalu||Tuvaluan
TW|Taiwan|Chinese Taipei; Republic of China; ROC; Taiwan, Province of China; Formosa|Taiwanese
TZ|Tanzania|United Republic of Tanzania; Tanzania, United Republic of|Tanzanian
UA|Ukraine||Ukrainian
UG|Uganda|Republic of Uganda|Ugandan
UM|United States Minor Outlying Islands|U.S. Minor Outlying Islands; US Minor Outlying Islands|
US|United States|USA; U.S.; U.S.A.; United States of America; America|American
UY|Uruguay|Oriental Republic of Uruguay; Eastern Republic of Uruguay|Uruguayan
UZ|Uzbekistan|Republic of Uzbekistan|Uzbek; Uzbekistani
VA|Vatican City|Holy See; Vatican; Vatican City State; Holy See (Vatican City State)|
VC|Saint Vincent and the Grenadines|St. Vincent and the Grenadines; St Vincent and the Grenadines; Saint Vincent|Vincentian
VE|Venezuela|Bolivarian Republic of Venezuela; Venezuela, Bolivarian Republic of|Venezuelan
VG|British Virgin Islands|Virgin Islands, British; BVI|
VI|U.S. Virgin Islands|United States Virgin Islands; US Virgin Islands; Virgin Islands, U.S.; Virgin Islands of the United States; USVI|
VN|Vietnam|Viet Nam; Socialist Republic of Vietnam; Socialist Republic of Viet Nam|Vietnamese
VU|Vanuatu|Republic of Vanuatu; New Hebrides|Ni-Vanuatu
WF|Wallis and Futuna|Wallis & Futuna; Wallis and Futuna Islands|Wallisian; Futunan
WS|Samoa|Independent State of Samoa; Western Samoa|Samoan
YE|Yemen|Republic of Yemen|Yemeni
YT|Mayotte||Mahoran
ZA|South Africa|Republic of South Africa; RSA|South African
ZM|Zambia|Republic of Zambia; Northern Rhodesia|Zambian
ZW|Zimbabwe|Republic of Zimbabwe|Zimbabwean
"""
