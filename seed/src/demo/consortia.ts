import type { LinkRecord } from '@atlas/schema';
import type { ParticipationRole } from './initiatives.ts';

/**
 * Participations invented to make the demo richer (source: sample): real organisations placed as
 * partners in real initiatives they plausibly relate to. They are NOT facts; the loader and the UI
 * can tell them apart by their source. They also make sure that, through initiatives alone, most
 * pairs of sectors meet (the rest meet through co-authored papers, see papers.ts).
 */
const SAMPLE_PARTICIPATIONS: [initiative: string, institution: string, role: ParticipationRole][] = [
  ['init-giess-den-kiez', 'inst-gruene-liga-berlin', 'partner'],
  ['init-giess-den-kiez', 'inst-b-u-n-d-berlin', 'partner'],
  ['init-giess-den-kiez', 'inst-gruen-berlin-gmbh', 'partner'],
  ['init-giess-den-kiez', 'inst-deutscher-wetterdienst-dwd', 'partner'],
  ['init-giess-den-kiez', 'inst-lieblingsbauminitiave', 'partner'],
  ['init-energieatlas-berlin', 'inst-fraunhofer-ise', 'partner'],
  ['init-energieatlas-berlin', 'inst-climate-view', 'partner'],
  ['init-energieatlas-berlin', 'inst-bundesverband-solarwirtschaft-e-v', 'partner'],
  ['init-umweltatlas-berlin', 'inst-amt-fuer-statistik-berlin-brandenburg', 'partner'],
  ['init-umweltatlas-berlin', 'inst-lup-luftbild-umwelt-planung-gmbh', 'partner'],
  ['init-umweltatlas-berlin', 'inst-climate-change-center-berlin-brandenburg', 'partner'],
  ['init-flussbad-berlin', 'inst-regenwasseragentur', 'partner'],
  ['init-flussbad-berlin', 'inst-berlin-21', 'partner'],
  ['init-flussbad-berlin', 'inst-wassertanke-e-v', 'partner'],
  ['init-urban-tech-republic', 'inst-tu-berlin', 'partner'],
  ['init-urban-tech-republic', 'inst-ihk-berlin', 'partner'],
  ['init-urban-tech-republic', 'inst-einstein-center-digital-future', 'partner'],
  ['init-urban-tech-republic', 'inst-sustainable-smart-cities-htw', 'partner'],
  ['init-berlin-open-data-portal', 'inst-technologiestiftung-berlin', 'partner'],
  ['init-berlin-open-data-portal', 'inst-okf-de', 'partner'],
  ['init-berlin-open-data-portal', 'inst-itdz-berlin', 'partner'],
  ['init-berlin-open-data-portal', 'inst-amt-fuer-statistik-berlin-brandenburg', 'partner'],
  ['init-gemeinsam-digital-berlin', 'inst-weizenbaum-institute', 'partner'],
  ['init-gemeinsam-digital-berlin', 'inst-hertie-school-centre-for-digital-governance', 'partner'],
  ['init-gemeinsam-digital-berlin', 'inst-bits-und-baeume', 'partner'],
  ['init-gemeinsam-digital-berlin', 'inst-ihk-berlin', 'partner'],
  ['init-gemeinsam-digital-berlin', 'inst-itdz-berlin', 'partner'],
  ['init-citylab-berlin', 'inst-hertie-school-centre-for-digital-governance', 'partner'],
  ['init-stakeholder-radar', 'inst-climate-change-center-berlin-brandenburg', 'partner'],
  ['init-mein-berlin', 'inst-berlin-21', 'partner'],
  ['init-code-for-germany', 'inst-fraunhofer-fokus', 'partner'],
  ['init-prototype-fund', 'inst-weizenbaum-institute', 'partner'],
  ['init-smarter-together', 'inst-eurocities', 'partner'],
  ['init-smarter-together', 'inst-difu', 'partner'],
  ['init-connected-urban-twins', 'inst-hcu-citysciencelab', 'partner'],
  ['init-connected-urban-twins', 'inst-fraunhofer-fokus', 'partner'],
  ['init-connected-urban-twins', 'inst-oasc', 'partner'],
  ['init-urban-data-platform-hamburg', 'inst-hcu-citysciencelab', 'partner'],
  ['init-decidim-barcelona', 'inst-decidim-association', 'partner'],
  ['init-omastadi', 'inst-decidim-association', 'partner'],
  ['init-tada', 'inst-amsterdam', 'partner'],
  ['init-tada', 'inst-waag', 'partner'],
  ['init-amsterdam-smart-city', 'inst-oasc', 'partner'],
  ['init-sentilo', 'inst-oasc', 'partner'],
  ['init-loti', 'inst-greater-london-authority', 'partner'],
  ['init-loti', 'inst-nesta', 'partner'],
  ['init-sparcs', 'inst-fraunhofer-ise', 'partner'],
  ['init-sparcs', 'inst-climate-view', 'partner'],
  ['init-cities-coalition-digital-rights', 'inst-decidim-association', 'partner'],
  ['init-cities-coalition-digital-rights', 'inst-saidot', 'partner'],
  ['init-cities-coalition-digital-rights', 'inst-oasc', 'partner'],
];

export function sampleParticipationLinks(): LinkRecord[] {
  return SAMPLE_PARTICIPATIONS.map(([initiative, institution, role]) => ({
    type: 'PARTICIPATES_IN',
    from: institution,
    to: initiative,
    role,
    source: 'sample',
  }));
}
