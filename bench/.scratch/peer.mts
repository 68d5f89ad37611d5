import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { printSchema } from 'graphql';
import { typeDefs } from '../peer/typeDefs.ts';
const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('a', 'b'));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const text = printSchema(schema);
const q = text.slice(text.indexOf('type Query'), text.indexOf('}', text.indexOf('type Query')) + 1);
console.log(q);
console.log(text.slice(text.indexOf('input PersonWhere'), text.indexOf('}', text.indexOf('input PersonWhere'))+1).slice(0, 1200));
const f = text.indexOf('searchPeople'); console.log(text.slice(f - 10, f + 400));
await driver.close();
for (const t of ['type PeopleIndexConnection', 'type PersonIndexEdge', 'input PersonIndexWhere', 'input PersonIndexSort', 'type Person ']) { const i = text.indexOf(t); console.log(text.slice(i, text.indexOf('}', i)+1)); }
