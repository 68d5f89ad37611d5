import { z } from 'zod';
import { field } from '../recordSchemas.ts';

/**
 * A contacts sheet as organisers keep it: one row a person. Column names are matched loosely and
 * in English or German ("Organisation", "Einrichtung", "Consent date", "Einwilligung am").
 */
export const CONTACT_COLUMNS = {
  id: ['id', 'personid'],
  name: ['name', 'fullname', 'person', 'contact', 'kontakt', 'vollername'],
  firstName: ['firstname', 'givenname', 'forename', 'vorname'],
  lastName: ['lastname', 'surname', 'familyname', 'nachname'],
  organisation: ['organisation', 'organization', 'org', 'institution', 'company', 'employer', 'affiliation', 'einrichtung', 'firma', 'arbeitgeber', 'organisationsname'],
  sector: ['sector', 'sektor', 'bereich', 'organisationtype', 'organizationtype', 'typ'],
  role: ['role', 'position', 'jobtitle', 'function', 'rolle', 'funktion'],
  country: ['country', 'land', 'staat'],
  city: ['city', 'stadt', 'ort'],
  themes: ['themes', 'theme', 'topics', 'topic', 'expertise', 'themen', 'thema', 'schwerpunkte'],
  keywords: ['keywords', 'tags', 'schlagworte', 'schlagwörter', 'stichworte'],
  orcid: ['orcid', 'orcidid'],
  url: ['website', 'url', 'web', 'webseite', 'homepage'],
  bio: ['bio', 'biography', 'biografie', 'about'],
  visibility: ['visibility', 'sichtbarkeit'],
  consentSource: ['consentsource', 'consent', 'consentvia', 'einwilligung', 'einwilligungsquelle'],
  consentDate: ['consentdate', 'consentgiven', 'einwilligungsdatum', 'einwilligungam'],
} as const;

/** Columns with contact details: recognised so they can be left out on purpose (the atlas keeps none). */
export const CONTACT_DETAIL_COLUMNS = ['email', 'emailaddress', 'mail', 'e-mail', 'phone', 'telephone', 'mobile', 'telefon', 'handy', 'address', 'adresse', 'street', 'strasse', 'straße'];

export type ContactColumn = keyof typeof CONTACT_COLUMNS;

export const contactRowSchema = z.object({
  id: field({ type: 'line' }),
  name: field({ type: 'line', required: true }, 'contact'),
  organisation: field({ type: 'line' }),
  sector: field({ type: 'sector' }),
  role: field({ type: 'line' }),
  country: field({ type: 'country' }),
  city: field({ type: 'line' }),
  themes: field({ type: 'list' }),
  keywords: field({ type: 'list' }),
  orcid: field({ type: 'orcid' }),
  url: field({ type: 'line' }),
  bio: field({ type: 'text' }),
  visibility: field({ type: 'visibility' }),
  consentSource: field({ type: 'line' }),
  consentDate: field({ type: 'date' }),
});

export type ContactRow = z.infer<typeof contactRowSchema>;
