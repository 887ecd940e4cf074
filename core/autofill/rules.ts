/**
 * What a field's words mean. All patterns run on folded text (see text.ts): lower case, no accents,
 * no punctuation, apostrophes dropped, single spaces. Attribute patterns run on tokenised
 * name/id/hook words ("job application first name", "urls linked in").
 * Compiled once at module load; classification only runs them.
 */
import type { ControlKind, ProfileKey } from './types';

export interface FieldContext {
  /** Inside an Education section (or the attributes say so). */
  inEducation: boolean;
  /** Inside a work-history section: its fields describe a past job, not the applicant now. */
  inWork: boolean;
  /** Inside an entry of a repeated group the planner found (issue #17): its fields take that entry's values. */
  entry?: 'work' | 'education' | null;
}

export interface Rule {
  /** The key, null for words known to mean "nothing in the profile" (middle name, nationality). */
  key: ProfileKey | null | ((ctx: FieldContext) => ProfileKey | null | undefined);
  /** Matched against label, question and placeholder text. */
  text?: RegExp;
  /** Matched against tokenised attributes. */
  attr?: RegExp;
  /** When this also matches, the text is about something else: the field is left. */
  not?: RegExp;
  /** Confidence when the rule matched a label. */
  strength?: number;
  /** Why a key-null rule leaves the field. */
  why?: string;
}

export const STRONG = 0.9;
export const WEAK = 0.7;

const EMAIL = String.raw`e ?mail`;
const URLS = String.raw`(?:url|link|profile|address|handle|username|page)`;

/** A start/end date: of the education entry, of a past job (left), or neither (rule does not apply). */
const sectionDate =
  (which: 'start' | 'end') =>
  (ctx: FieldContext): ProfileKey | null | undefined =>
    ctx.inEducation
      ? which === 'start'
        ? 'educationStart'
        : 'educationEnd'
      : ctx.entry === 'work'
        ? which === 'start'
          ? 'workStart'
          : 'workEnd'
        : ctx.inWork
          ? null
          : undefined;

/** Link services other than LinkedIn, GitHub and X: a field naming one wants that one only. */
export const NAMED_SERVICE =
  /\b(?:stack ?overflow|dribbble|behance|kaggle|gitlab|bitbucket|mastodon|codepen|leetcode|hackerrank|orcid|researchgate|google scholar)\b|^medium(?: (?:profile|url|link|blog))?$/;

export const RULES: readonly Rule[] = [
  // Codes that name the job or the posting, not the person.
  {
    key: null,
    text: /\b(?:job|requisition|req|posting|vacancy|reference) (?:id|number|no|code)\b/,
    why: 'a code for the job, not about you',
  },
  // Questions whose text mentions contact words ("LinkedIn, a referral…", "relocate to a city").
  {
    key: 'answers.heardAbout',
    text: /\bhow (?:did|do) you (?:first )?(?:hear|learn|find out|find|come across|discover)\b|\bwhere did you (?:first )?(?:hear|find|learn|see)\b|\b(?:referral|application|applicant|candidate|lead|recruiting|job) source\b|^source$|\bheard about\b|\bhow you heard\b|\bhear about (?:us|this)\b/,
    attr: /\b(?:heard about|hear about|how did you hear|referral source|source)\b/,
  },
  {
    key: 'answers.workAuthorization',
    text: /\b(?:legally )?(?:authori[sz]ed|eligible|entitled|permitted|allowed) (?:to )?(?:legally )?(?:work|be employed)\b|\bwork (?:authori[sz]ation|permit|eligibility)\b|\bright to work\b|\blegal(?:ly)? (?:right|authori[sz]ation|eligibility) to work\b|\bauthori[sz]ation to work\b/,
    attr: /\bwork (?:authori[sz]ation|eligibility|permit)\b|\bauthori[sz]ed to work\b|\bright to work\b|\blegally authori[sz]ed\b/,
  },
  {
    key: 'answers.sponsorship',
    text: /\bsponsor(?:ship|ed)?\b|\bvisa\b|\bh ?1 ?b\b/,
    attr: /\bsponsor(?:ship)?\b|\bvisa\b/,
  },
  {
    key: 'answers.relocate',
    text: /\brelocat(?:e|ion|ing)\b/,
    attr: /\brelocat(?:e|ion)\b/,
  },
  {
    // "Are you 18 years of age or older?", "at least 18", "over the age of 18", "of legal working age".
    // Never "under 18": a question asked the other way round is left to the person.
    key: 'answers.adult',
    text: /\b(?:18|eighteen) (?:years? )?(?:of age |old )?(?:or|and) (?:older|over|above)\b|\bat least (?:18|eighteen)\b|\b(?:over|above) (?:the age of )?(?:18|eighteen)\b|\blegal (?:working )?age\b/,
    attr: /\b(?:over 18|age 18|legal age|adult)\b/,
    not: /\bunder\b|\bchild|\bdependent/,
  },
  {
    key: 'answers.noticePeriod',
    text: /\bnotice period\b|\bhow much notice\b|\bnotice (?:do you|required|to your)\b|\bkundigungsfrist\b|\bpreavis\b/,
    attr: /\bnotice period\b/,
  },
  {
    key: null,
    text: /\b(?:current|present|previous|last|existing) (?:salary|compensation|pay|ctc|base|wage|package)\b/,
    attr: /\bcurrent (?:salary|compensation|ctc)\b/,
    why: 'your current pay is not in the profile',
  },
  {
    key: 'answers.salary',
    text: /\b(?:salary|compensation|pay|remuneration|ctc|wage|rate) (?:expectations?|expected|requirements?|range|desired|target)\b|\b(?:expected|desired|target|requested) (?:annual |base |yearly |monthly )?(?:gross |net )?(?:salary|compensation|pay|remuneration|ctc|wage|rate)\b|^salary$|\bsalary expectations?\b|\bgehaltsvorstellungs?\b|\bgehaltswunsch\b|\bpretentions salariales\b|\bexpectativa salarial\b/,
    attr: /\b(?:expected|desired) ?(?:salary|compensation|ctc)\b|\bsalary (?:expectation|requirement)s?\b|^salary$/,
  }, // E-mail before address (an "email address" is not a street address).
  {
    key: 'emailConfirm',
    text: new RegExp(
      String.raw`\b(?:confirm|confirmation|re ?enter|retype|re ?type|repeat|verify|reconfirm)\b.*\b${EMAIL}\b|\b${EMAIL}\b.*\b(?:again|confirm|confirmation|verify|verification|repeat)\b`,
    ),
    attr: new RegExp(String.raw`\b(?:confirm|verify|repeat|retype)\b.*\b${EMAIL}\b|\b${EMAIL}\b.*\b(?:confirm|confirmation|verify|repeat|again|2)\b`),
  },
  {
    key: 'email',
    text: new RegExp(String.raw`\b${EMAIL}\b|\bemail ?address\b|\bcourriel\b|\bcorreo(?: electronico)?\b|\be ?mail adresse\b`),
    attr: new RegExp(String.raw`\b${EMAIL}\b|\bemailaddress\b`),
    not: /\b(?:alternate|alternative|secondary|second|other|additional|work|business|office|school|university|company|parent|guardian|manager|supervisor|backup)\b/,
  },
  // Phone: the country-code part before the number, and before "country".
  {
    // "Phone number (with country code)" wants the whole international number.
    key: 'phone',
    text: /\b(?:phone|mobile|cell|telephone|number|whatsapp)\b.*\b(?:with|incl|including|includes|plus)\b.*\b(?:country|dial|area) code\b|\bcountry code (?:\+|and|&) (?:phone|mobile|number)\b/,
  },
  {
    key: 'phoneCountryCode',
    text: /\b(?:country|dial|dialing|dialling|calling|international) (?:phone )?(?:code|prefix)\b|\bphone (?:number )?(?:country|country code|code|prefix|extension country)\b|\bcountry phone\b|\bphone country\b/,
    attr: /\b(?:country|dial|calling) ?(?:phone )?code\b|\bphone (?:country|code|prefix)\b|\bcountry phone code\b|\bdial code\b/,
    not: /\barea code\b/,
  },
  {
    key: 'phone',
    text: /\b(?:phone|mobile|cell|cellphone|cell phone|telephone|tel|contact number|mobile number|whatsapp|phone number|telefon|telefonnummer|handynummer|mobilnummer|telephone portable|telefono|celular|movil)\b/,
    attr: /\b(?:phone|mobile|cell|cellphone|telephone|tel|phonenumber|mobilenumber|contact number)\b/,
    not: /\b(?:type|device|extension|ext|alternate|alternative|secondary|second|other|additional|work|office|business|fax|landline|area code)\b/,
  },
  // Links: one service per field; a label naming two ("Website or LinkedIn") is left.
  {
    key: 'linkedin',
    text: /\blinked ?in\b/,
    attr: /\blinked ?in\b/,
    not: /\b(?:web ?site|portfolio|git ?hub|twitter|blog|personal site|other|company|companys|employer|organi[sz]ation)\b/,
  },
  {
    key: 'github',
    text: /\bgit ?hub\b/,
    attr: /\bgit ?hub\b/,
    not: /\b(?:web ?site|portfolio|linked ?in|twitter|blog|personal site|other|gitlab|bitbucket|company|companys|employer|organi[sz]ation)\b/,
  },
  {
    key: 'twitter',
    text: new RegExp(String.raw`\btwitter\b|\bx com\b|^x(?: ${URLS})?$|\bx formerly twitter\b`),
    attr: /\btwitter\b/,
    not: /\b(?:web ?site|portfolio|linked ?in|git ?hub|blog)\b/,
  },
  {
    key: 'otherUrl',
    text: NAMED_SERVICE,
    attr: /\b(?:stack ?overflow|dribbble|behance|medium|kaggle|gitlab|bitbucket|mastodon|codepen|leetcode|hackerrank|orcid)\b/,
  },
  {
    // "Other website", "Website 2", "Any other links?": a link of yours the form has no field for yet.
    key: 'otherUrl',
    text: /\b(?:other|additional|another|more|extra|second|2nd|third|alternate|secondary) (?:personal )?(?:web ?sites?|urls?|links?|online profiles?|profiles?)\b|\b(?:web ?site|url|link|portfolio) (?:2|3|two|ii)$/,
    attr: /\b(?:urls other|other (?:url|link|website)|website 2|url 2)\b/,
    not: /\b(?:compan(?:y|ys|ies)|employers?|referr|reference|manager|school|university)\b/,
  },
  {
    key: null,
    text: /\bsocial (?:web ?sites?|urls?|links?|profiles?|media)\b|^(?:links?|urls?|web links?)$/,
    why: 'which link is wanted is not clear',
  },
  {
    key: 'website',
    text: /\b(?:web ?site|portfolio|personal (?:site|page|url|link|web ?page)|home ?page|blog|web ?page|webseite|site web|sitio web)\b/,
    attr: /\b(?:web ?site|portfolio|home ?page|blog|personal url)\b/,
    not: /\b(?:compan(?:y|ys|ies)|employers?|school|university|organi[sz]ations?|job|career|careers)\b/,
  },
  // Address parts.
  {
    key: null,
    text: /\baddress (?:line )?2\b|\b(?:apt|apartment|suite|unit)\b/,
    attr: /\baddress (?:line )?2\b|\baddress2\b/,
    why: 'no second address line in the profile',
  },
  {
    // "Which country do you currently reside in?": the country, before "currently reside" reads as a location.
    key: 'country',
    text: /\bcountry (?:of (?:residence|domicile)|(?:where |that |in which )?(?:you|do you) (?:currently )?(?:reside|live|are (?:currently )?(?:based|located|living)))\b|\b(?:which|what) country (?:do|are) you\b|\b(?:reside|live|based|located) in which country\b/,
    not: /\b(?:birth|born|passport|citizen|citizenship|nationality|authori[sz]ed|eligible|visa|permit|relocat|willing|want|like to|prefer|issued)\b/,
  },
  {
    // The city asked as a question ("Which city do you currently live in?", "City where you reside").
    key: 'city',
    text: /\b(?:which|what) city (?:do|are) you\b|\bcity (?:where|in which|that) you (?:currently )?(?:live|reside|are based|are located)\b|\bcity of residence\b/,
    not: /\b(?:birth|born|relocat|willing|want|like to|prefer|office|work in)\b/,
  },
  {
    // Where the applicant will work from (asked for payroll and tax): where they are.
    key: 'location',
    text: /\bwhere (?:will|would|do|are) you (?:be |plan to be |plan to |going to be |intend to )?work(?:ing)? from\b|\b(?:location|place|country|city) you (?:will be|are|ll be) working from\b|\bfrom (?:which|what) (?:location|place) will you (?:be )?work|^location\b.*\b(?:payroll|tax)\b/,
    not: /\b(?:preferred|prefer|desired|relocat|willing|like to|want|office)\b/,
  },
  {
    key: 'location',
    text: /^(?:current |home |your |primary )?location(?: city| city state| city country)?$|\b(?:current|home|your) location\b|\bwhere (?:are you|do you) (?:currently )?(?:based|located|live|reside)\b|\bwhere are you (?:currently )?(?:based|located)\b|\bcurrently (?:based|located|living|reside)\b|\blocation \(?city\b/,
    attr: /^(?:candidate |job application |applicant )?(?:current )?location$/,
    not: /\b(?:preferred|desired|job|office|work location|which|willing|open to|interested|relocat|want|like to)\b/,
  },
  {
    key: 'location',
    text: /\bcity (?:and |& )?(?:state|country|province)\b|\bcity state (?:country|zip)\b/,
  },
  {
    key: 'address',
    text: /\b(?:street|mailing|postal|residential|home|current|permanent)? ?address\b(?: line 1)?|\bstreet\b|\bstrasse\b|\badresse\b|\bdireccion\b/,
    attr: /\b(?:street|address (?:line )?1|address1|addressline1|street address|address)\b/,
    not: /\b(?:ip|web|url|billing)\b/,
  },
  {
    key: 'city',
    text: /\bcity\b|\btown\b|\blocality\b|\bsuburb\b|\bstadt\b|^ort$|\bwohnort\b|\bville\b|\bciudad\b|\bcitta\b/,
    attr: /\bcity\b|\btown\b|\blocality\b/,
    not: /\b(?:birth|born|preferred|desired|interested|want|like to|willing|relocat|office|job|work in|compan(?:y|ys|ies)|employers?|headquarters|school|university|college)\b/,
  },
  {
    key: 'postalCode',
    text: /\b(?:zip|postal|post|pin) ?code\b|\bzip\b|\bpostcode\b|\bpincode\b|\bplz\b|\bpostleitzahl\b|\bcode postal\b|\bcodigo postal\b/,
    attr: /\b(?:zip|postal|post) ?code\b|\bzip\b|\bpostcode\b|\bzipcode\b/,
  },
  {
    // "Name (as on your passport)": your legal name, before "passport" reads as nationality.
    key: 'fullName',
    text: /^(?:your )?(?:full |legal |full legal )?name (?:as (?:it (?:appears|is written|is shown) )?(?:on|in) (?:your )?(?:passport|id|identity|official|government|legal))\b/,
  },
  {
    key: null,
    text: /\b(?:citizenship|nationality|citizen of|country of birth|birth country|passport)\b/,
    attr: /\b(?:citizenship|nationality)\b/,
    why: 'nationality is not in the profile',
  },
  {
    key: 'country',
    text: /\bcountry\b|^(?:land|pays|pais|paese)$|\bwohnsitzland\b|\bpays de residence\b/,
    attr: /\bcountry\b/,
    not: /\b(?:code|birth|born|passport|issuing|authori[sz]ed|eligible|visa|permit|preferred|desired|interested|relocat|which countries|other|want|like to|willing|work in|job|office|compan(?:y|ys|ies)|employers?|headquarters|school|university)\b/,
  },
  {
    key: 'region',
    text: /\bstate\b|\bprovince\b|\bregion\b|\bcounty\b|\bprefecture\b|\bdivision\b/,
    attr: /\b(?:state|province|region|county)\b/,
    not: /\b(?:state (?:your|why|the|any|how|if|whether|reason)|united states|statement|preferred|desired|interested|want|willing|relocat|sales|job|work in)\b/,
  },

  // The languages a person speaks ("Languages you speak", "Which languages are you fluent in?"), not a
  // programming language, nor the one language to write to them in.
  {
    key: 'languages',
    text: /\blanguages? (?:you|that you|which you|do you|can you|are you)\b|\b(?:speak|spoken|fluent|fluency|proficien\w*)\b.*\blanguages?\b|\blanguages?\b.*\b(?:speak|spoken|fluent|fluency|proficien\w*)\b|^(?:foreign |spoken )?languages?(?: skills| spoken)?$/,
    attr: /\b(?:spoken )?languages(?: spoken)?\b/,
    not: /\b(?:programming|coding|preferred|prefer|native|first|mother|primary|correspondence|communication|interview|years|experience)\b/,
  },

  // Name parts. Preferred name and pronouns first: "preferred first name" is not the legal first name.
  {
    key: 'answers.pronouns',
    text: /\bpronouns?\b/,
    attr: /\bpronouns?\b/,
  },
  {
    key: 'preferredName',
    text: /\b(?:preferred|nick|chosen) ?(?:first )?name\b|\bnickname\b|\bname you (?:go by|prefer)\b|\bgo(?:es)? by\b|\bwhat should we call you\b/,
    attr: /\bpreferred ?(?:first )?name\b|\bnick ?name\b/,
    not: /\bpronunciation|pronounce/,
  },
  {
    key: null,
    text: /\bmiddle (?:name|initial)s?\b|\bname (?:prefix|suffix|pronunciation)\b|\bpronounce\b|\bmaiden name\b|\b(?:former|previous|other) names?\b|\buser ?name\b|\bsalutation\b/,
    attr: /\bmiddle ?name\b|\bname (?:prefix|suffix)\b|\buser ?name\b|\bmaiden\b/,
    why: 'not in the profile',
  },
  {
    key: 'fullName',
    text: /\bfirst (?:and |& )?last ?name\b|\bfirst name (?:and )?last name\b|\bname (?:and |& )?surname\b|\bfull (?:legal )?name\b|\bcomplete name\b/,
    attr: /\bfull ?name\b/,
  },
  {
    key: 'firstName',
    text: /\b(?:legal )?(?:first|given|fore) ?name\b|^first$|\bfname\b|^name first$|\bvorname\b|\bprenom\b|\bprimer nombre\b/,
    attr: /\b(?:first|given|f) ?name\b|\bfname\b|\bfirst$/,
  },
  {
    key: 'lastName',
    text: /\b(?:legal )?(?:last|family|sur) ?name\b|\bsurname\b|^last$|\blname\b|\bnachname\b|\bfamilienname\b|^nom$|\bnom de famille\b|\bapellidos?\b|\bcognome\b|\bsobrenome\b/,
    attr: /\b(?:last|family|sur|l) ?name\b|\blname\b|\bsurname\b|\blast$/,
  },
  // Work now.
  {
    key: 'currentCompany',
    text: /\b(?:current|present|most recent|latest|recent) (?:company|employer|organi[sz]ation|workplace)\b|\bcurrent (?:company|employer) name\b|\bwhere do you (?:currently )?work\b/,
    attr: /\b(?:current|present) ?(?:company|employer)\b/,
    not: /\b(?:website|url|size|industry|address|phone|email)\b/,
  },
  {
    key: 'currentCompany',
    text: /^(?:company|employer|organi[sz]ation|company name|employer name)$/,
    attr: /(?:^| )(?:org|company|employer|organi[sz]ation|company name)$/,
    strength: 0.75,
  },
  {
    key: 'currentTitle',
    text: /\b(?:current|present|most recent|latest) (?:job )?(?:title|position|role|designation)\b|\bjob title\b|\bdesignation\b/,
    attr: /\b(?:current ?(?:job )?title|job ?title|current position|current role|designation)\b/,
    not: /\b(?:applying|apply|applied|desired|interested|preferred|seeking|target|referr|previous|past|former|level)\b/,
  },
  {
    key: 'currentTitle',
    text: /^headline$/,
    strength: 0.7,
  },
  {
    // "Title" alone is a job title inside a work-history entry, anything (even "Mr/Ms") elsewhere.
    key: (ctx) => (ctx.inWork ? 'currentTitle' : null),
    text: /^title$/,
    attr: /(?:^| )title$/,
    strength: 0.7,
    why: 'a title outside a work-history entry may be anything',
  },
  {
    key: 'yearsOfExperience',
    text: /\byears? (?:of )?(?:professional |total |work |working |industry |overall |full time )?(?:work )?experience\b|\b(?:total|overall) (?:years of )?experience\b|\bexperience \(?(?:in )?years\b|\bhow many years\b.*\b(?:experience|worked|working)\b|\byoe\b/,
    attr: /\byears? (?:of )?experience\b|\bexperience years\b|\btotal experience\b|\byoe\b/,
    not: /\b(?:with|using|in|on|as|of) (?!(?:the |a )?(?:experience|years|industry|software|tech|technology|professional|total|work|working|field|it|engineering|development|full time|this field)\b)[a-z0-9+]+|\brelevant\b|\bmanag|\blead/,
  },
  // Education. Dates by section; "graduation" names the end anywhere.
  {
    key: 'educationEnd',
    text: /\b(?:graduation|graduated|expected graduation|year of graduation|completion) (?:date|year|month)?\b|\bgraduation\b/,
    attr: /\bgraduation\b/,
    not: /\bhigh school\b/,
  },
  {
    key: 'degree',
    text: /\bdegree\b|\blevel of (?:education|study)\b|\beducation(?:al)? level\b|\bhighest (?:level of )?(?:education|qualification)\b|\bqualification\b/,
    attr: /\bdegree\b|\beducation level\b|\bqualification\b/,
    not: /\b(?:major|field|subject|discipline|do you|are you|have you|pursuing|required|minimum|date|year|month|start|end|graduat\w*)\b/,
  },
  {
    key: 'discipline',
    text: /\bdiscipline\b|\bmajor\b|\bfield of (?:study|studies)\b|\barea of (?:study|studies)\b|\bconcentration\b|\bspeciali[sz]ation\b|\bcourse of study\b|\bsubject\b/,
    attr: /\bdiscipline\b|\bmajor\b|\bfield of study\b|\bspeciali[sz]ation\b/,
    not: /\b(?:do you|are you|have you|minor|date|year|month|start|end)\b/,
  },
  {
    key: 'school',
    text: /\b(?:school|university|college|institution|institute|alma mater)\b/,
    attr: /\b(?:school|university|college|institution)\b/,
    not: /\b(?:high school|do you|are you|have you|attend|email|e mail|city|country|location|gpa|grade|date|year|month|start|end|graduat\w*)\b/,
  },
  {
    key: sectionDate('start'),
    text: /^(?:start|from|begin|started)(?: date| year| month)?$|\b(?:start|starting|begin|from) (?:date|year|month)\b/,
    attr: /\b(?:start|from|begin) ?(?:date|year|month)\b|^(?:start|from)$/,
    why: 'a date of a past job, not about you now',
  },
  {
    key: sectionDate('end'),
    text: /^(?:end|to|until|finish|finished|completed)(?: date| year| month)?$|\b(?:end|ending|finish|completion) (?:date|year|month)\b/,
    attr: /\b(?:end|to|until|finish) ?(?:date|year|month)\b|^(?:end|to)$/,
    why: 'a date of a past job, not about you now',
  },
  // A work-history entry's own questions (only inside an entry the planner found).
  {
    key: (ctx) => (ctx.entry === 'work' ? 'workCurrent' : undefined),
    text: /\bi (?:currently|still) work here\b|\bcurrent(?:ly)? (?:work|working|employed) here\b|^(?:current(?: job| position| role| employer)?|present|i currently work here)$|\bcurrently work(?:ing)? (?:here|there)\b|\bstill (?:work|working) (?:here|there)\b/,
    attr: /\bcurrently work(?:s|ing)? here\b|\bcurrent(?:ly)? employed\b|\bis current\b/,
  },
  {
    key: (ctx) => (ctx.entry === 'work' ? 'workDescription' : undefined),
    text: /^(?:role |job |position )?description$|\b(?:role|job|position) description\b|\b(?:responsibilities|duties|achievements)\b|\bdescribe (?:your|the) (?:role|job|work)\b/,
    attr: /\b(?:role |job )?description\b|\bresponsibilities\b/,
  },
  {
    key: (ctx) => (ctx.entry === 'education' ? 'gpa' : undefined),
    text: /\bgpa\b|\bgrade point average\b|\boverall (?:result|grade)\b|\bfinal grade\b/,
    attr: /\bgpa\b|\bgrade point\b/,
  },
  // Dates and terms of the offer.
  {
    key: 'answers.startDate',
    text: /\b(?:earliest|available|availability|desired|possible|preferred|expected|proposed) ?start(?:ing)? (?:date|day)\b|\bstart date\b|\bwhen (?:can|could|would) you (?:start|begin|join)\b|\bavailab(?:le|ility) (?:to start|date|from)\b|\bdate (?:of )?availability\b|\bjoining date\b|\bdate available\b|\beintrittsdatum\b|\beintrittstermin\b|\bverfugbar ab\b|\bdate de debut\b|\bdisponibilite\b|\bearliest (?:date|availability)\b/,
    attr: /\b(?:available|earliest)? ?start date\b|\bavailability date\b/,
  },

  {
    key: 'answers.workplace',
    text: /\b(?:work(?:place|ing)?|office) (?:arrangement|setting|preference|model|type|mode|style|environment)\b|\bremote (?:or|and) (?:hybrid|on ?site|office)\b|\b(?:hybrid|on ?site|in office) (?:or|and) remote\b|\bpreferred (?:work|working) (?:arrangement|environment|model|location type|style)\b/,
    attr: /\b(?:workplace|work arrangement|remote preference|work mode)\b/,
  },
  // Legal. Authorization before sponsorship: "authorized to work without sponsorship" asks about authorization.

  // Voluntary self-identification. Hispanic/Latino before race.
  {
    key: 'answers.eeo.hispanicLatino',
    text: /\bhispanic\b|\blatin[oax]\b/,
    attr: /\bhispanic\b|\blatino\b/,
  },
  {
    key: 'answers.eeo.race',
    text: /\brace\b|\bethnicity\b|\bethnic\b|\bracial\b/,
    attr: /\brace\b|\bethnicity\b/,
  },
  {
    key: null,
    text: /\bsexual orientation\b|\btransgender\b|\bgender (?:identity )?(?:differ|same)\b|\bsexuality\b/,
    why: 'not in the profile',
  },
  {
    key: 'answers.eeo.gender',
    text: /\bgender\b|^sex$|\bsex\b/,
    attr: /\bgender\b|^sex$/,
  },
  {
    key: 'answers.eeo.veteran',
    text: /\bveterans?\b|\bmilitary (?:service|status)\b|\barmed forces\b/,
    attr: /\bveteran\b/,
  },
  {
    key: 'answers.eeo.disability',
    text: /\bdisabilit(?:y|ies)\b|\bdisabled\b/,
    attr: /\bdisability\b/,
    not: /\baccommodat/,
  },
  // Documents and long text.
  {
    key: 'coverLetterText',
    text: /\bcover (?:letter|note)\b|\bmotivation(?:al)? letter\b|\bletter of (?:motivation|interest)\b|\banschreiben\b|\bmotivationsschreiben\b|\blettre de motivation\b|\bcarta de presentacion\b/,
    attr: /\bcover ?letter\b|\bmotivation letter\b/,
  },
  {
    key: 'resumeFile',
    text: /\bresume\b|\bcv\b|\bcurriculum vitae\b|\blebenslauf\b|\bcurriculum\b/,
    attr: /\bresume\b|\bcv\b/,
  },
  {
    key: 'summary',
    text: /\b(?:professional |career |profile )?summary\b|\babout (?:you|yourself|me)\b|\btell us (?:a (?:bit|little) )?about yourself\b|\bbio\b|\bbiography\b|\bintroduce yourself\b|\bpersonal statement\b/,
    attr: /\bsummary\b|\babout me\b|\bbio\b/,
    not: /\bwhy\b|\bsalary\b/,
  },
  // "Name" alone: the full name, but weak (a form with first/last fields wins).
  {
    key: 'fullName',
    text: /^(?:please )?(?:enter |provide |type |what is |whats )?(?:your |applicant |candidate |applicants |candidates |legal |your legal |your full )?name$/,
    attr: /^(?:job application |candidate |applicant |systemfield |legal name section |your )?name$/,
    strength: 0.7,
  },
];

/** Words that put a field about someone other than the applicant. Checked on labels, question, sections. */
export const NOT_APPLICANT =
  /\breferences\b|\breferee\b|\b(?:professional|personal|character|work|employment) references?\b|\breferences? (?:\d+ )?(?:name|e ?mail|phone|contact|company|title|relationship|position|organi[sz]ation|details|information)\b|\breference \d\b|\bemergency\b|\bnext of kin\b|\brecruiters?\b|\brecruiting (?:contact|partner)\b|\btalent (?:partner|acquisition partner)\b|\breferr(?:er|ers|ed by|ing employee|ing person)\b|\breferral (?:name|e ?mail|contact|person|details|information)\b|\bwho referred you\b|\bemployee who referred\b|\bhiring manager\b|\b(?:supervisor|manager)s? (?:name|e ?mail|phone|contact|title)\b|\b(?:company|employer|organi[sz]ation) (?:you are|youre|you re|that you are) applying\b|\bwhich company\b|\bspouses?\b|\bparents?\b|\bguardians?\b|\bfathers?\b|\bmothers?\b|\bwitness\b|\binterviewers?\b|\b(?:refer|referring) (?:a|your) (?:friend|colleague|someone|contact)\b|\bfriends? (?:name|e ?mail|phone)\b|\b(?:your|the|a|my|of) (?:reference|referee)\b(?! (?:id|number|no|code)\b)/;

/** Checkboxes (and choices) that agree, consent, certify or subscribe: never ticked on the user's behalf. */
export const CONSENT =
  /^(?:yes )?(?:i |i have |i hereby |by (?:checking|clicking|ticking|selecting|submitting)\b.*)?(?:agree|accept|consent|certify|acknowledge|understand|confirm|declare|attest|authori[sz]e)\b|\bi (?:hereby |have read and |have read |fully )?(?:agree|accept|consent|certify|acknowledge|understand|confirm|declare|attest|authori[sz]e)\b|\bdo you (?:agree|consent|accept|acknowledge)\b|\bterms\b|\bconditions\b|\bprivacy\b|\bpolicy\b|\bnotice\b.*\b(?:read|reviewed)\b|\bgdpr\b|\bdata (?:protection|processing|retention|privacy)\b|\bprocess(?:ing)? (?:of )?my\b|\bretain\b|\bstore my\b|\bkeep me\b|\bsubscribe\b|\bnewsletter\b|\bmarketing\b|\bopt (?:in|out)\b|\btalent (?:community|pool|network)\b|\bfuture (?:opportunit|job|role|vacanc|position|opening)|\b(?:sms|text messages?|whatsapp)\b|\bjob alerts?\b|\bcontact me\b|\bsend me\b|\bi am not a robot\b/;

/** Fields that tell people not to fill them are traps for bots, whatever they look like. */
export const HONEYPOT =
  /\bleave (?:this |it )?(?:field )?(?:blank|empty)\b|\b(?:do not|dont) (?:fill|enter|complete|change)\b|\bhoney ?pot\b|\bif you are (?:a )?human\b|\bbots? only\b/;

/** A typed name that signs a declaration is a signature, not a name field. */
export const SIGNATURE = /\b(?:signature|signed|e ?sign|sign (?:here|below|your name)|type your (?:full )?name to)\b/;

export const EDUCATION_CONTEXT = /\b(?:education|educations|school|university|college|academic|degree|qualifications?)\b/;
/**
 * Sections about the applicant now (their documents, links, contact details): inside one, an outer
 * "My Experience" (a Workday step title) does not make a field part of a past job.
 */
export const OWN_CONTEXT =
  /\b(?:resume|cv|attachments?|documents?|files?|links?|websites?|social(?: network)?(?: urls?| profiles?)?|online profiles?|contact (?:info|information|details)|personal (?:info|information|details)|my information|about you)\b/;
export const WORK_CONTEXT =
  /\b(?:work|employment|job|professional|career) (?:experience|history)\b|^(?:experience|experiences|employment|my experience)$|\bprevious (?:employment|employers?|jobs?|positions?)\b|\bpast (?:employment|jobs?)\b|\bwork experience \d\b/;

/** The kinds of control each key can be written into; anything else is left. */
const TEXT: ControlKind[] = ['text'];
const CHOICE: ControlKind[] = ['select', 'radio', 'combobox', 'toggle'];
const YES_NO: ControlKind[] = [...CHOICE, 'checkbox'];
const EEO: ControlKind[] = [...CHOICE, 'checkbox'];
const LINK: ControlKind[] = ['text', 'url'];
const DATE: ControlKind[] = ['text', 'number', 'date', 'month', 'select', 'combobox'];

export const KINDS: Record<ProfileKey, readonly ControlKind[]> = {
  firstName: TEXT,
  lastName: TEXT,
  fullName: TEXT,
  preferredName: TEXT,
  email: ['text', 'email'],
  emailConfirm: ['text', 'email'],
  phone: ['text', 'tel', 'number'],
  phoneCountryCode: ['select', 'combobox', 'text', 'tel', 'radio'],
  address: ['text', 'textarea'],
  city: ['text', 'combobox', 'select'],
  region: ['text', 'combobox', 'select'],
  postalCode: ['text', 'number', 'tel'],
  country: ['text', 'select', 'combobox', 'radio'],
  location: ['text', 'combobox', 'textarea'],
  linkedin: LINK,
  github: LINK,
  website: LINK,
  twitter: LINK,
  otherUrl: LINK,
  currentCompany: ['text', 'combobox'],
  currentTitle: ['text', 'combobox'],
  workLocation: ['text', 'combobox'],
  workStart: DATE,
  workEnd: DATE,
  workCurrent: ['checkbox'],
  workDescription: ['textarea', 'text'],
  gpa: ['text', 'number'],
  yearsOfExperience: ['text', 'number', ...CHOICE],
  school: ['text', 'select', 'combobox'],
  degree: ['text', 'select', 'combobox', 'radio'],
  discipline: ['text', 'select', 'combobox'],
  educationStart: DATE,
  educationEnd: DATE,
  summary: ['textarea', 'text'],
  coverLetterText: ['textarea', 'text'],
  resumeFile: ['file'],
  coverLetterFile: ['file'],
  'answers.workAuthorization': YES_NO,
  'answers.sponsorship': YES_NO,
  'answers.relocate': YES_NO,
  'answers.adult': YES_NO,
  'answers.workplace': [...CHOICE, 'text'],
  'answers.startDate': ['text', 'date', 'month'],
  'answers.noticePeriod': ['text', ...CHOICE],
  'answers.salary': ['text', 'number'],
  'answers.heardAbout': ['text', 'textarea', ...CHOICE],
  'answers.pronouns': ['text', ...CHOICE, 'checkbox'],
  languages: ['select', 'combobox', 'text', 'textarea'],
  'answers.eeo.gender': EEO,
  'answers.eeo.race': EEO,
  'answers.eeo.hispanicLatino': EEO,
  'answers.eeo.veteran': EEO,
  'answers.eeo.disability': EEO,
  'answers.custom': ['text', 'textarea', 'number', 'date', ...CHOICE, 'checkbox'],
};

/** Keys that describe a person: a field about someone else (a referee, a recruiter) must not get them. */
export const PERSON_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>([
  'firstName',
  'lastName',
  'fullName',
  'preferredName',
  'email',
  'emailConfirm',
  'phone',
  'phoneCountryCode',
  'address',
  'city',
  'region',
  'postalCode',
  'country',
  'location',
  'linkedin',
  'github',
  'website',
  'twitter',
  'otherUrl',
  'currentCompany',
  'currentTitle',
  'answers.pronouns',
]);

/** In a work-history section only these keys make sense (the first entry is the current job). */
export const WORK_SECTION_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>(['currentCompany', 'currentTitle']);
/** Inside a work entry the planner found, its own keys too. */
export const WORK_ENTRY_KEYS: ReadonlySet<ProfileKey> = new Set<ProfileKey>([
  ...WORK_SECTION_KEYS,
  'workLocation',
  'workStart',
  'workEnd',
  'workCurrent',
  'workDescription',
]);

/** HTML autocomplete tokens (https://html.spec.whatwg.org/#autofill-field). */
export const AUTOCOMPLETE: Readonly<Record<string, ProfileKey | null>> = {
  name: 'fullName',
  'given-name': 'firstName',
  'family-name': 'lastName',
  'additional-name': null,
  'honorific-prefix': null,
  'honorific-suffix': null,
  nickname: 'preferredName',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  'tel-country-code': 'phoneCountryCode',
  'street-address': 'address',
  'address-line1': 'address',
  'address-line2': null,
  'address-line3': null,
  'address-level2': 'city',
  'address-level1': 'region',
  'postal-code': 'postalCode',
  country: 'country',
  'country-name': 'country',
  organization: 'currentCompany',
  'organization-title': 'currentTitle',
  url: 'website',
  sex: 'answers.eeo.gender',
  bday: null,
  username: null,
};
