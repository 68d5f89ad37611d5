import { print } from 'graphql';
import { SEARCH } from '../../web/src/features/explore/search.queries.ts';
import { THEME_OVERVIEW } from '../../web/src/features/themes/themes.queries.ts';
import { BRIDGES } from '../../web/src/features/collaboration/collaboration.queries.ts';
console.log(print(SEARCH).length, print(THEME_OVERVIEW).slice(0, 200), print(BRIDGES).length);
