/**
 * Every ATS Profile Card knows, one module each, in the order the options page lists them. Adding an
 * ATS: a module beside these (hosts, URL rule, form marker, company slug), an entry here and in
 * `AtsId`, and a fixture page in tests/fixtures/ats/<id>/ (the convention test asks for one).
 */
import { greenhouse } from './greenhouse';
import { lever } from './lever';
import { ashby } from './ashby';
import { workday } from './workday';
import { smartrecruiters } from './smartrecruiters';
import { workable } from './workable';
import { bamboohr } from './bamboohr';
import { icims } from './icims';
import { jobvite } from './jobvite';
import { teamtailor } from './teamtailor';
import { recruitee } from './recruitee';
import { personio } from './personio';
import { breezy } from './breezy';
import { successfactors } from './successfactors';
import { linkedin } from './linkedin';
import type { AtsModule } from './types';

export type { AtsId, AtsModule, AtsPageKind, SlugRule, UrlRule } from './types';

export const ATS_MODULES: readonly AtsModule[] = [
  greenhouse,
  lever,
  ashby,
  workday,
  smartrecruiters,
  workable,
  bamboohr,
  icims,
  jobvite,
  teamtailor,
  recruitee,
  personio,
  breezy,
  successfactors,
  linkedin,
];
