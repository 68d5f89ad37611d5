import { builder } from './builder.ts';
import './types/person.ts';
import './types/institution.ts';
import './types/paper.ts';
import './types/theme.ts';
import './types/initiative.ts';
import './types/event.ts';
import './types/session.ts';
import './types/node.ts';
import './types/search.ts';
import './types/neighbourhood.ts';
import './types/paths.ts';
import './types/stats.ts';
import './types/themes.ts';
import './types/profile.ts';
import './types/panels.ts';
import './types/importExport.ts';
import './types/personalData.ts';
import './types/collaboration.ts';
import './types/access.ts';

builder.queryType({});

export const schema = builder.toSchema();
