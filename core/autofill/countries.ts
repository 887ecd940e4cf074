/**
 * Countries for option matching and phone numbers: ISO 3166-1 alpha-2, alpha-3, dial codes, the
 * English name and common alternative names. Generated once from the `countries-list` package (MIT)
 * with historical names dropped and the "Name, Republic of" spellings that select lists use added;
 * kept as data here so the extension ships no dependency for it.
 * Line format: `A2 A3 dial[/dial…] Name|Alias|…`
 */
const TABLE = `
AC ASC 247 Ascension Island
AD AND 376 Andorra
AE ARE 971 United Arab Emirates|UAE|Emirates
AF AFG 93 Afghanistan
AG ATG 1268 Antigua and Barbuda
AI AIA 1264 Anguilla
AL ALB 355 Albania
AM ARM 374 Armenia
AO AGO 244 Angola
AQ ATA 672 Antarctica
AR ARG 54 Argentina
AS ASM 1684 American Samoa
AT AUT 43 Austria
AU AUS 61 Australia
AW ABW 297 Aruba
AX ALA 358 Aland
AZ AZE 994 Azerbaijan
BA BIH 387 Bosnia and Herzegovina
BB BRB 1246 Barbados
BD BGD 880 Bangladesh
BE BEL 32 Belgium
BF BFA 226 Burkina Faso
BG BGR 359 Bulgaria
BH BHR 973 Bahrain
BI BDI 257 Burundi
BJ BEN 229 Benin
BL BLM 590 Saint Barthelemy
BM BMU 1441 Bermuda
BN BRN 673 Brunei|Brunei Darussalam
BO BOL 591 Bolivia|Bolivia, Plurinational State of
BQ BES 5997 Bonaire
BR BRA 55 Brazil
BS BHS 1242 Bahamas
BT BTN 975 Bhutan
BV BVT 47 Bouvet Island
BW BWA 267 Botswana
BY BLR 375 Belarus
BZ BLZ 501 Belize
CA CAN 1 Canada
CC CCK 61 Cocos (Keeling) Islands
CD COD 243 Democratic Republic of the Congo|Congo-Kinshasa|DR Congo|DRC|Congo, Democratic Republic of the
CF CAF 236 Central African Republic
CG COG 242 Republic of the Congo|Congo-Brazzaville|Congo
CH CHE 41 Switzerland
CI CIV 225 Ivory Coast|Cote d'Ivoire|Côte d'Ivoire
CK COK 682 Cook Islands
CL CHL 56 Chile
CM CMR 237 Cameroon
CN CHN 86 China
CO COL 57 Colombia
CR CRI 506 Costa Rica
CU CUB 53 Cuba
CV CPV 238 Cabo Verde|Cape Verde
CW CUW 5999 Curacao
CX CXR 61 Christmas Island
CY CYP 357 Cyprus
CZ CZE 420 Czechia|Czech Republic
DE DEU 49 Germany
DJ DJI 253 Djibouti
DK DNK 45 Denmark
DM DMA 1767 Dominica
DO DOM 1809/1829/1849 Dominican Republic
DZ DZA 213 Algeria
EC ECU 593 Ecuador
EE EST 372 Estonia
EG EGY 20 Egypt
EH ESH 212 Western Sahara
ER ERI 291 Eritrea
ES ESP 34 Spain
ET ETH 251 Ethiopia
FI FIN 358 Finland
FJ FJI 679 Fiji
FK FLK 500 Falkland Islands
FM FSM 691 Micronesia|Micronesia, Federated States of
FO FRO 298 Faroe Islands
FR FRA 33 France
GA GAB 241 Gabon
GB GBR 44 United Kingdom|UK|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland
GD GRD 1473 Grenada
GE GEO 995 Georgia
GF GUF 594 French Guiana
GG GGY 44 Guernsey
GH GHA 233 Ghana
GI GIB 350 Gibraltar
GL GRL 299 Greenland
GM GMB 220 Gambia
GN GIN 224 Guinea
GP GLP 590 Guadeloupe
GQ GNQ 240 Equatorial Guinea
GR GRC 30 Greece
GS SGS 500 South Georgia and the South Sandwich Islands
GT GTM 502 Guatemala
GU GUM 1671 Guam
GW GNB 245 Guinea-Bissau
GY GUY 592 Guyana
HK HKG 852 Hong Kong|Hong Kong SAR|Hong Kong SAR China
HM HMD 61 Heard Island and McDonald Islands
HN HND 504 Honduras
HR HRV 385 Croatia
HT HTI 509 Haiti
HU HUN 36 Hungary
ID IDN 62 Indonesia
IE IRL 353 Ireland
IL ISR 972 Israel
IM IMN 44 Isle of Man
IN IND 91 India
IO IOT 246 British Indian Ocean Territory
IQ IRQ 964 Iraq
IR IRN 98 Iran|Iran, Islamic Republic of
IS ISL 354 Iceland
IT ITA 39 Italy
JE JEY 44 Jersey
JM JAM 1876 Jamaica
JO JOR 962 Jordan
JP JPN 81 Japan
KE KEN 254 Kenya
KG KGZ 996 Kyrgyzstan|Kyrgyz Republic
KH KHM 855 Cambodia
KI KIR 686 Kiribati
KM COM 269 Comoros
KN KNA 1869 Saint Kitts and Nevis
KP PRK 850 North Korea|DPRK|Korea, Democratic People's Republic of
KR KOR 82 South Korea|Republic of Korea|Korea, Republic of|Korea (South)|Korea
KW KWT 965 Kuwait
KY CYM 1345 Cayman Islands
KZ KAZ 7 Kazakhstan
LA LAO 856 Laos|Lao PDR|Lao People's Democratic Republic
LB LBN 961 Lebanon
LC LCA 1758 Saint Lucia
LI LIE 423 Liechtenstein
LK LKA 94 Sri Lanka
LR LBR 231 Liberia
LS LSO 266 Lesotho
LT LTU 370 Lithuania
LU LUX 352 Luxembourg
LV LVA 371 Latvia
LY LBY 218 Libya
MA MAR 212 Morocco
MC MCO 377 Monaco
MD MDA 373 Moldova|Moldova, Republic of
ME MNE 382 Montenegro
MF MAF 590 Saint Martin
MG MDG 261 Madagascar
MH MHL 692 Marshall Islands
MK MKD 389 North Macedonia|Macedonia
ML MLI 223 Mali
MM MMR 95 Myanmar|Burma|Myanmar (Burma)
MN MNG 976 Mongolia
MO MAC 853 Macao|Macau|Macao SAR China
MP MNP 1670 Northern Mariana Islands
MQ MTQ 596 Martinique
MR MRT 222 Mauritania
MS MSR 1664 Montserrat
MT MLT 356 Malta
MU MUS 230 Mauritius
MV MDV 960 Maldives
MW MWI 265 Malawi
MX MEX 52 Mexico
MY MYS 60 Malaysia
MZ MOZ 258 Mozambique
NA NAM 264 Namibia
NC NCL 687 New Caledonia
NE NER 227 Niger
NF NFK 672 Norfolk Island
NG NGA 234 Nigeria
NI NIC 505 Nicaragua
NL NLD 31 Netherlands|Holland
NO NOR 47 Norway
NP NPL 977 Nepal
NR NRU 674 Nauru
NU NIU 683 Niue
NZ NZL 64 New Zealand
OM OMN 968 Oman
PA PAN 507 Panama
PE PER 51 Peru
PF PYF 689 French Polynesia
PG PNG 675 Papua New Guinea
PH PHL 63 Philippines
PK PAK 92 Pakistan
PL POL 48 Poland
PM SPM 508 Saint Pierre and Miquelon
PN PCN 64 Pitcairn Islands
PR PRI 1787/1939 Puerto Rico
PS PSE 970 Palestine|Palestine, State of|Palestinian Territories
PT PRT 351 Portugal
PW PLW 680 Palau
PY PRY 595 Paraguay
QA QAT 974 Qatar
RE REU 262 Reunion
RO ROU 40 Romania
RS SRB 381 Serbia
RU RUS 7 Russia|Russian Federation
RW RWA 250 Rwanda
SA SAU 966 Saudi Arabia
SB SLB 677 Solomon Islands
SC SYC 248 Seychelles
SD SDN 249 Sudan
SE SWE 46 Sweden
SG SGP 65 Singapore
SH SHN 290 Saint Helena
SI SVN 386 Slovenia
SJ SJM 4779 Svalbard and Jan Mayen
SK SVK 421 Slovakia
SL SLE 232 Sierra Leone
SM SMR 378 San Marino
SN SEN 221 Senegal
SO SOM 252 Somalia
SR SUR 597 Suriname
SS SSD 211 South Sudan
ST STP 239 Sao Tome and Principe
SV SLV 503 El Salvador
SX SXM 1721 Sint Maarten
SY SYR 963 Syria|Syrian Arab Republic
SZ SWZ 268 Eswatini|Swaziland
TA TAA 290 Tristan da Cunha
TC TCA 1649 Turks and Caicos Islands
TD TCD 235 Chad
TF ATF 262 French Southern Territories
TG TGO 228 Togo
TH THA 66 Thailand
TJ TJK 992 Tajikistan
TK TKL 690 Tokelau
TL TLS 670 East Timor
TM TKM 993 Turkmenistan
TN TUN 216 Tunisia
TO TON 676 Tonga
TR TUR 90 Türkiye|Turkey|Turkiye
TT TTO 1868 Trinidad and Tobago
TV TUV 688 Tuvalu
TW TWN 886 Taiwan|Taiwan, Province of China
TZ TZA 255 Tanzania|Tanzania, United Republic of
UA UKR 380 Ukraine
UG UGA 256 Uganda
UM UMI 1 U.S. Minor Outlying Islands
US USA 1 United States|USA|America|United States of America|U.S.|U.S.A.
UY URY 598 Uruguay
UZ UZB 998 Uzbekistan
VA VAT 379 Vatican City|Holy See|Vatican
VC VCT 1784 Saint Vincent and the Grenadines
VE VEN 58 Venezuela|Venezuela, Bolivarian Republic of
VG VGB 1284 British Virgin Islands
VI VIR 1340 U.S. Virgin Islands
VN VNM 84 Vietnam|Viet Nam|Vietnam
VU VUT 678 Vanuatu
WF WLF 681 Wallis and Futuna
WS WSM 685 Samoa
XK XKX 377/381/383/386 Kosovo
YE YEM 967 Yemen
YT MYT 262 Mayotte
ZA ZAF 27 South Africa
ZM ZMB 260 Zambia
ZW ZWE 263 Zimbabwe`;

export interface Country {
  alpha2: string;
  alpha3: string;
  /** Dial codes without '+', most countries have one. */
  dial: string[];
  name: string;
  /** The name and every alias. */
  names: string[];
}

let parsed: { list: Country[]; byAlpha2: Map<string, Country>; byAlpha3: Map<string, Country>; byName: Map<string, Country> } | null = null;

const ASCII = /^[\x20-\x7e]*$/;

/** Folds a country name for lookup: lower case, no accents, no punctuation. */
export function foldCountryName(name: string): string {
  // Accents only need decomposing outside ASCII, which most names are.
  const plain = ASCII.test(name) ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function table() {
  if (parsed) return parsed;
  const list: Country[] = [];
  const byAlpha2 = new Map<string, Country>();
  const byAlpha3 = new Map<string, Country>();
  const byName = new Map<string, Country>();
  for (const line of TABLE.trim().split('\n')) {
    const [alpha2 = '', alpha3 = '', dial = '', ...rest] = line.split(' ');
    const names = rest.join(' ').split('|');
    const country: Country = { alpha2, alpha3, dial: dial.split('/'), name: names[0] ?? alpha2, names };
    list.push(country);
    byAlpha2.set(alpha2, country);
    byAlpha3.set(alpha3, country);
    for (const name of names) {
      const folded = foldCountryName(name);
      if (!byName.has(folded)) byName.set(folded, country);
    }
  }
  parsed = { list, byAlpha2, byAlpha3, byName };
  return parsed;
}

export function allCountries(): readonly Country[] {
  return table().list;
}

/** A country by alpha-2 or alpha-3 code (any case), or by any of its names. */
export function findCountry(text: string | undefined | null): Country | null {
  if (!text) return null;
  const trimmed = text.trim();
  const t = table();
  const code = /^[A-Za-z]{2}$/.test(trimmed)
    ? t.byAlpha2.get(trimmed.toUpperCase())
    : /^[A-Za-z]{3}$/.test(trimmed)
      ? t.byAlpha3.get(trimmed.toUpperCase())
      : undefined;
  if (code) return code;
  return t.byName.get(foldCountryName(trimmed)) ?? null;
}

/** A country by its name already folded with foldCountryName ("united states"), or null. */
export function countryByFoldedName(folded: string): Country | null {
  return table().byName.get(folded) ?? null;
}

/** The longest dial code that starts these digits (the digits after '+'), e.g. '8801712…' → '880'. */
export function splitDialCode(digits: string): { dial: string; rest: string } | null {
  for (let len = 4; len >= 1; len--) {
    const dial = digits.slice(0, len);
    if (dialCodes().has(dial)) return { dial, rest: digits.slice(len) };
  }
  return null;
}

let dialSet: Set<string> | null = null;
function dialCodes(): Set<string> {
  dialSet ??= new Set(table().list.flatMap((c) => c.dial));
  return dialSet;
}
