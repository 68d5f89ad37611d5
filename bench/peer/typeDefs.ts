import { FULLTEXT_INDEX, PEOPLE_FULLTEXT_INDEX } from '@atlas/schema';

/**
 * The atlas model as @neo4j/graphql type definitions: the same labels, properties and
 * relationships (schema/src/model.ts), so the generated API reads the same database. Search uses
 * the same fulltext indexes (people from the people-only one, as ours does); the library filters
 * its hits by the type's label (its `fields` only validate the type definitions: the index itself
 * decides what matches).
 */
const fulltext = (queryName: string, fields: string[], indexName: string = FULLTEXT_INDEX) =>
  `@fulltext(indexes: [{ indexName: "${indexName}", queryName: "${queryName}", fields: ${JSON.stringify(fields)} }])`;

export const typeDefs = /* GraphQL */ `
  type Person @node ${fulltext('searchPeople', ['name'], PEOPLE_FULLTEXT_INDEX)} {
    id: ID!
    name: String!
    role: String
    country: String
    visibility: String
    affiliatedWith: [Institution!]! @relationship(type: "AFFILIATED_WITH", direction: OUT)
    authored: [Paper!]! @relationship(type: "AUTHORED", direction: OUT)
    worksOn: [Theme!]! @relationship(type: "WORKS_ON", direction: OUT)
    involvedIn: [Initiative!]! @relationship(type: "INVOLVED_IN", direction: OUT)
    speaksAt: [Session!]! @relationship(type: "SPEAKS_AT", direction: OUT)
  }

  type Institution @node ${fulltext('searchInstitutions', ['name'])} {
    id: ID!
    name: String!
    sector: String
    city: String
    country: String
    people: [Person!]! @relationship(type: "AFFILIATED_WITH", direction: IN)
    participatesIn: [Initiative!]! @relationship(type: "PARTICIPATES_IN", direction: OUT)
    organises: [Event!]! @relationship(type: "ORGANISES", direction: OUT)
    partOf: [Institution!]! @relationship(type: "PART_OF", direction: OUT)
    parts: [Institution!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Paper @node ${fulltext('searchPapers', ['title', 'abstract'])} {
    id: ID!
    title: String!
    year: Int
    venue: String
    abstract: String
    authors: [Person!]! @relationship(type: "AUTHORED", direction: IN)
    addresses: [Theme!]! @relationship(type: "ADDRESSES", direction: OUT)
    cites: [Paper!]! @relationship(type: "CITES", direction: OUT)
    citedBy: [Paper!]! @relationship(type: "CITES", direction: IN)
  }

  type Theme @node {
    id: ID!
    name: String!
    description: String
    parent: [Theme!]! @relationship(type: "SUBTHEME_OF", direction: OUT)
    subthemes: [Theme!]! @relationship(type: "SUBTHEME_OF", direction: IN)
    people: [Person!]! @relationship(type: "WORKS_ON", direction: IN)
    papers: [Paper!]! @relationship(type: "ADDRESSES", direction: IN)
    initiatives: [Initiative!]! @relationship(type: "ADDRESSES", direction: IN)
    sessions: [Session!]! @relationship(type: "ABOUT", direction: IN)
  }

  type Initiative @node {
    id: ID!
    name: String!
    city: String
    startYear: Int
    endYear: Int
    institutions: [Institution!]! @relationship(type: "PARTICIPATES_IN", direction: IN)
    people: [Person!]! @relationship(type: "INVOLVED_IN", direction: IN)
    addresses: [Theme!]! @relationship(type: "ADDRESSES", direction: OUT)
  }

  type Event @node {
    id: ID!
    name: String!
    startDate: String
    city: String
    organisers: [Institution!]! @relationship(type: "ORGANISES", direction: IN)
    sessions: [Session!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Session @node {
    id: ID!
    title: String!
    sessionKind: String
    startsAt: String
    event: [Event!]! @relationship(type: "PART_OF", direction: OUT)
    about: [Theme!]! @relationship(type: "ABOUT", direction: OUT)
    speakers: [Person!]! @relationship(type: "SPEAKS_AT", direction: IN)
  }
`;
