import type { InitiativeDef } from './initiatives.ts';

/** Real initiatives in other European cities and between cities. */
export const EUROPEAN_INITIATIVES: InitiativeDef[] = [
  // Hamburg (with Leipzig and Munich).
  {
    id: 'init-connected-urban-twins', name: 'Connected Urban Twins (CUT)', city: 'Hamburg', country: 'DE', status: 'completed', startYear: 2021, endYear: 2025,
    url: 'https://www.connectedurbantwins.de/',
    description: 'A federally funded Smart Cities model project in which Hamburg, Leipzig and Munich jointly develop urban data platforms and digital twins.',
    themes: ['theme-digital-twins', 'theme-urban-data-platforms', 'theme-city-networks'],
    participants: [['inst-hamburg', 'lead'], ['inst-leipzig', 'partner'], ['inst-munich', 'partner']],
  },
  {
    id: 'init-urban-data-platform-hamburg', name: 'Urban Data Platform Hamburg', city: 'Hamburg', country: 'DE', status: 'active',
    url: 'https://www.urbandataplatform.hamburg/',
    description: 'Hamburg’s shared platform that brings together the city’s geodata, sensor data and other urban data behind open interfaces.',
    themes: ['theme-urban-data-platforms', 'theme-interoperability'],
    participants: [['inst-hamburg', 'lead']],
  },
  {
    id: 'init-transparenzportal-hamburg', name: 'Transparenzportal Hamburg', city: 'Hamburg', country: 'DE', status: 'active', startYear: 2014,
    url: 'https://transparenz.hamburg.de/',
    description: 'The portal where Hamburg publishes contracts, decisions and datasets as required by its Transparency Act.',
    themes: ['theme-open-data'],
    participants: [['inst-hamburg', 'lead']],
  },
  {
    id: 'init-dipas', name: 'DIPAS – Digital Participation System', city: 'Hamburg', country: 'DE', status: 'active',
    url: 'https://www.hamburg.de/dipas',
    description: 'Hamburg’s open-source participation system that combines online consultation with touch tables showing maps, plans and 3D models at public meetings.',
    themes: ['theme-digital-participation-platforms', 'theme-urban-data-platforms'],
    participants: [['inst-hamburg', 'lead'], ['inst-hcu-citysciencelab', 'partner']],
  },
  {
    id: 'init-findingplaces', name: 'FindingPlaces', city: 'Hamburg', country: 'DE', status: 'completed', startYear: 2016, endYear: 2016,
    description: 'Public workshops in which residents used interactive city models to find sites for refugee accommodation, run by the CityScienceLab for the City of Hamburg.',
    themes: ['theme-digital-participation-platforms', 'theme-science-city-partnerships'],
    participants: [['inst-hcu-citysciencelab', 'lead'], ['inst-hamburg', 'partner']],
  },
  // Amsterdam.
  {
    id: 'init-amsterdam-algorithm-register', name: 'Amsterdam Algorithm Register', city: 'Amsterdam', country: 'NL', status: 'active', startYear: 2020,
    url: 'https://algoritmeregister.amsterdam.nl/',
    description: 'A public register describing the algorithms the City of Amsterdam uses, their data, human oversight and risks.',
    themes: ['theme-algorithmic-transparency'],
    participants: [['inst-amsterdam', 'lead'], ['inst-saidot', 'partner']],
  },
  {
    id: 'init-amsterdam-smart-city', name: 'Amsterdam Smart City', city: 'Amsterdam', country: 'NL', status: 'active',
    url: 'https://amsterdamsmartcity.com/',
    description: 'An innovation platform where the Amsterdam region’s administrations, companies, knowledge institutions and residents share smart city projects.',
    themes: ['theme-living-labs', 'theme-public-private-partnerships'],
    participants: [['inst-amsterdam', 'partner']],
  },
  {
    id: 'init-tada', name: 'TADA – Data Disclosed', city: 'Amsterdam', country: 'NL', status: 'active',
    url: 'https://tada.city/',
    description: 'A manifesto of six principles for a responsible digital city, drawn up in Amsterdam by public, private and civic organisations.',
    themes: ['theme-digital-rights', 'theme-data-trusts'],
    participants: [],
  },
  {
    id: 'init-decode', name: 'DECODE', city: 'Barcelona', country: 'ES', status: 'completed', startYear: 2016, endYear: 2019,
    url: 'https://decodeproject.eu/',
    description: 'A Horizon 2020 project that built and piloted in Barcelona and Amsterdam tools giving people control over their personal data and how it is shared.',
    themes: ['theme-data-trusts', 'theme-digital-rights'],
    participants: [['inst-barcelona', 'lead'], ['inst-amsterdam', 'partner'], ['inst-waag', 'partner'], ['inst-nesta', 'partner'], ['inst-thoughtworks', 'partner']],
  },
  // Helsinki.
  {
    id: 'init-helsinki-ai-register', name: 'Helsinki AI Register', city: 'Helsinki', country: 'FI', status: 'active', startYear: 2020,
    url: 'https://ai.hel.fi/',
    description: 'A public register of the AI systems the City of Helsinki uses, launched together with Amsterdam’s algorithm register.',
    themes: ['theme-algorithmic-transparency'],
    participants: [['inst-helsinki', 'lead'], ['inst-saidot', 'partner']],
  },
  {
    id: 'init-omastadi', name: 'OmaStadi', city: 'Helsinki', country: 'FI', status: 'active', startYear: 2018,
    url: 'https://omastadi.hel.fi/',
    description: 'Helsinki’s participatory budgeting, in which residents propose and vote on projects online on a Decidim-based platform.',
    themes: ['theme-participatory-budgeting', 'theme-digital-participation-platforms'],
    participants: [['inst-helsinki', 'lead']],
  },
  {
    id: 'init-helsinki-region-infoshare', name: 'Helsinki Region Infoshare', city: 'Helsinki', country: 'FI', status: 'active', startYear: 2011,
    url: 'https://hri.fi/',
    description: 'The open data service of Helsinki, Espoo, Vantaa and Kauniainen, started as a Forum Virium Helsinki project.',
    themes: ['theme-open-data'],
    participants: [['inst-helsinki', 'partner'], ['inst-forum-virium-helsinki', 'partner']],
  },
  // Barcelona and Madrid.
  {
    id: 'init-decidim-barcelona', name: 'Decidim Barcelona', city: 'Barcelona', country: 'ES', status: 'active', startYear: 2016,
    url: 'https://www.decidim.barcelona/',
    description: 'Barcelona’s participation platform, built on the free software Decidim that the city started.',
    themes: ['theme-digital-participation-platforms', 'theme-procurement-open-source'],
    participants: [['inst-barcelona', 'lead']],
  },
  {
    id: 'init-superilles', name: 'Superilles (Superblocks)', city: 'Barcelona', country: 'ES', status: 'active', startYear: 2016,
    description: 'Barcelona’s programme that closes groups of blocks to through traffic and gives the streets back to residents.',
    themes: ['theme-mobility-data', 'theme-citizen-centricity'],
    participants: [['inst-barcelona', 'lead']],
  },
  {
    id: 'init-sentilo', name: 'Sentilo', city: 'Barcelona', country: 'ES', status: 'active',
    url: 'https://www.sentilo.io/',
    description: 'An open-source sensor and actuator platform started by Barcelona City Council to collect the city’s sensor data in one place.',
    themes: ['theme-urban-data-platforms', 'theme-procurement-open-source'],
    participants: [['inst-barcelona', 'lead']],
  },
  {
    id: 'init-decide-madrid', name: 'Decide Madrid', city: 'Madrid', country: 'ES', status: 'active', startYear: 2015,
    url: 'https://decide.madrid.es/',
    description: 'Madrid City Council’s platform for citizen proposals, debates and participatory budgets.',
    themes: ['theme-digital-participation-platforms', 'theme-participatory-budgeting'],
    participants: [['inst-madrid', 'lead']],
  },
  {
    id: 'init-consul', name: 'CONSUL Democracy', city: 'Madrid', country: 'ES', status: 'active', startYear: 2015,
    url: 'https://consuldemocracy.org/',
    description: 'The open-source citizen participation software first developed by Madrid City Council for Decide Madrid and reused by cities worldwide.',
    themes: ['theme-digital-participation-platforms', 'theme-procurement-open-source'],
    participants: [['inst-madrid', 'lead']],
  },
  // Paris, Vienna, Munich, Lyon.
  {
    id: 'init-paris-budget-participatif', name: 'Budget participatif de Paris', city: 'Paris', country: 'FR', status: 'active', startYear: 2014,
    url: 'https://budgetparticipatif.paris.fr/',
    description: 'Paris’s participatory budget, in which residents propose and vote on investment projects for their city and districts.',
    themes: ['theme-participatory-budgeting'],
    participants: [['inst-paris', 'lead']],
  },
  {
    id: 'init-paris-open-data', name: 'Paris Data', city: 'Paris', country: 'FR', status: 'active', startYear: 2011,
    url: 'https://opendata.paris.fr/',
    description: 'The City of Paris’s open data portal.',
    themes: ['theme-open-data'],
    participants: [['inst-paris', 'lead']],
  },
  {
    id: 'init-smart-klima-city-wien', name: 'Smart Klima City Strategie Wien', city: 'Vienna', country: 'AT', status: 'active', startYear: 2022,
    url: 'https://smartcity.wien.gv.at/',
    description: 'Vienna’s updated smart city strategy, which puts climate protection and adaptation at the centre of the city’s long-term goals.',
    themes: ['theme-smart-city-strategy-making', 'theme-climate-action-partnerships'],
    participants: [['inst-vienna', 'lead']],
  },
  {
    id: 'init-sags-wien', name: 'Sag’s Wien', city: 'Vienna', country: 'AT', status: 'active', startYear: 2017,
    description: 'A City of Vienna app with which residents report problems in public space and follow how they are fixed.',
    themes: ['theme-digital-public-services', 'theme-service-design'],
    participants: [['inst-vienna', 'lead']],
  },
  {
    id: 'init-open-government-data-wien', name: 'Open Government Data Wien', city: 'Vienna', country: 'AT', status: 'active', startYear: 2011,
    description: 'The City of Vienna’s open government data programme and catalogue.',
    themes: ['theme-open-data'],
    participants: [['inst-vienna', 'lead']],
  },
  {
    id: 'init-smarter-together', name: 'Smarter Together', status: 'completed', startYear: 2016, endYear: 2021,
    url: 'https://www.smarter-together.eu/',
    description: 'A Horizon 2020 lighthouse project in which Lyon, Munich and Vienna tested smart and inclusive district solutions with citizens.',
    themes: ['theme-city-networks', 'theme-living-labs', 'theme-climate-action-partnerships'],
    participants: [['inst-munich', 'partner'], ['inst-vienna', 'partner'], ['inst-metropole-de-lyon', 'partner']],
  },
  {
    id: 'init-munich-urban-colab', name: 'Munich Urban Colab', city: 'Munich', country: 'DE', status: 'active',
    description: 'An innovation centre for smart city solutions run by the City of Munich together with the entrepreneurship centre UnternehmerTUM.',
    themes: ['theme-living-labs', 'theme-public-private-partnerships'],
    participants: [['inst-munich', 'partner']],
  },
  // Copenhagen, London, Leipzig.
  {
    id: 'init-copenhagen-solutions-lab', name: 'Copenhagen Solutions Lab', city: 'Copenhagen', country: 'DK', status: 'active',
    description: 'The City of Copenhagen’s smart city unit, which tests data and technology solutions in the city’s streets and services.',
    themes: ['theme-living-labs', 'theme-urban-data-platforms'],
    participants: [['inst-copenhagen', 'lead']],
  },
  {
    id: 'init-cph-2025-climate-plan', name: 'CPH 2025 Climate Plan', city: 'Copenhagen', country: 'DK', status: 'active', startYear: 2012, endYear: 2025,
    description: 'Copenhagen’s plan, adopted in 2012, to become carbon neutral by 2025.',
    themes: ['theme-climate-action-partnerships', 'theme-smart-city-strategy-making'],
    participants: [['inst-copenhagen', 'lead']],
  },
  {
    id: 'init-london-datastore', name: 'London Datastore', city: 'London', country: 'GB', status: 'active', startYear: 2010,
    url: 'https://data.london.gov.uk/',
    description: 'The Greater London Authority’s free, open data-sharing portal for data about London.',
    themes: ['theme-open-data', 'theme-urban-data-platforms'],
    participants: [['inst-greater-london-authority', 'lead']],
  },
  {
    id: 'init-smarter-london-together', name: 'Smarter London Together', city: 'London', country: 'GB', status: 'active', startYear: 2018,
    description: 'The Mayor of London’s roadmap for making London a smarter city through user-designed services, data sharing and digital inclusion.',
    themes: ['theme-smart-city-strategy-making', 'theme-digital-inclusion'],
    participants: [['inst-greater-london-authority', 'lead']],
  },
  {
    id: 'init-loti', name: 'London Office of Technology and Innovation (LOTI)', city: 'London', country: 'GB', status: 'active',
    url: 'https://loti.london/',
    description: 'A membership organisation through which London boroughs collaborate on digital, data and innovation.',
    themes: ['theme-agile-government', 'theme-interoperability', 'theme-digital-skills'],
    participants: [],
  },
  {
    id: 'init-sparcs', name: 'SPARCS', city: 'Leipzig', country: 'DE', status: 'completed', startYear: 2019, endYear: 2024,
    url: 'https://www.sparcs.info/',
    description: 'A Horizon 2020 project with lighthouse cities Espoo and Leipzig demonstrating positive-energy districts and the data systems behind them.',
    themes: ['theme-climate-action-partnerships', 'theme-city-networks'],
    participants: [['inst-leipzig', 'partner']],
  },
  // Between cities.
  {
    id: 'init-cities-coalition-digital-rights', name: 'Cities Coalition for Digital Rights', status: 'active', startYear: 2018,
    url: 'https://citiesfordigitalrights.org/',
    description: 'A network launched by Amsterdam, Barcelona and New York in 2018 to protect and promote residents’ digital rights through city action.',
    themes: ['theme-digital-rights', 'theme-city-networks', 'theme-algorithmic-transparency'],
    participants: [
      ['inst-amsterdam', 'lead'], ['inst-barcelona', 'lead'], ['inst-helsinki', 'partner'], ['inst-vienna', 'partner'],
      ['inst-greater-london-authority', 'partner'], ['inst-eurocities', 'partner'], ['inst-un-habitat', 'partner'],
    ],
  },
];
