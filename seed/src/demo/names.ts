/**
 * Name pools for the demo's fictional people. First and last names are combined only within one
 * pool, so combinations stay plausible; a person usually gets a name from their institution's
 * country and sometimes one from the international pools (cities are international places).
 */

export interface NamePool {
  first: string[];
  last: string[];
}

export const NAMES_BY_COUNTRY: Record<string, NamePool> = {
  DE: {
    first: ['Anna', 'Jonas', 'Lena', 'Miriam', 'Tobias', 'Katharina', 'Lukas', 'Sophie', 'Carla', 'Friederike', 'Moritz', 'Hannah', 'Ines', 'Benedikt', 'Theresa', 'Johannes', 'Paula', 'Till', 'Clara', 'Henrik', 'Svenja', 'Malte', 'Ronja', 'Jakob'],
    last: ['Brandt', 'Lehmann', 'Vogel', 'Hartmann', 'Franke', 'Seidel', 'Lorenz', 'Böhm', 'Winkler', 'Albrecht', 'Ziegler', 'Engel', 'Haas', 'Pohl', 'Kuhn', 'Busch', 'Thiele', 'Reimann', 'Kessler', 'Brückner', 'Sommer', 'Voigt', 'Hahn', 'Ebert'],
  },
  NL: {
    first: ['Sanne', 'Daan', 'Floor', 'Joost', 'Maaike', 'Ruben', 'Lieke', 'Bram', 'Fenna', 'Thijs'],
    last: ['de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Hendriks', 'van Leeuwen', 'Kuipers'],
  },
  ES: {
    first: ['Lucía', 'Marc', 'Núria', 'Pau', 'Laia', 'Javier', 'Elena', 'Sergio', 'Marta', 'Alba', 'Jordi', 'Irene'],
    last: ['Puig', 'Soler', 'Vidal', 'Romero', 'Navarro', 'Ferrer', 'Serra', 'Molina', 'Ortega', 'Casals', 'Prats', 'Iglesias'],
  },
  FI: {
    first: ['Aino', 'Mikko', 'Eero', 'Sanna', 'Juho', 'Noora', 'Antti', 'Elina', 'Ilkka', 'Riikka'],
    last: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Salo', 'Hiltunen'],
  },
  AT: {
    first: ['Florian', 'Magdalena', 'Verena', 'Stefan', 'Johanna', 'Markus', 'Elisabeth', 'Raphael'],
    last: ['Gruber', 'Pichler', 'Steiner', 'Moser', 'Leitner', 'Eder', 'Hofer', 'Brunner'],
  },
  FR: {
    first: ['Camille', 'Julien', 'Manon', 'Antoine', 'Chloé', 'Mathieu', 'Élodie', 'Léa', 'Baptiste', 'Solène'],
    last: ['Lefebvre', 'Girard', 'Fontaine', 'Garnier', 'Chevalier', 'Lambert', 'Faure', 'Mercier', 'Perrin', 'Roussel'],
  },
  GB: {
    first: ['Olivia', 'Amelia', 'Oliver', 'Harriet', 'Grace', 'Samuel', 'Eleanor', 'Rhys', 'Imogen', 'Callum'],
    last: ['Clarke', 'Walsh', 'Hughes', 'Palmer', 'Fletcher', 'Holloway', 'Ashworth', 'Pritchard', 'Whitfield', 'Marsden'],
  },
  DK: {
    first: ['Freja', 'Mads', 'Ida', 'Rasmus', 'Signe', 'Kasper', 'Astrid', 'Emil'],
    last: ['Sørensen', 'Rasmussen', 'Christensen', 'Poulsen', 'Lund', 'Kjær', 'Dahl', 'Bech'],
  },
  SE: {
    first: ['Elin', 'Oskar', 'Maja', 'Viktor', 'Linnea'],
    last: ['Lindqvist', 'Bergström', 'Sandberg', 'Holm', 'Ekström'],
  },
  US: {
    first: ['Maya', 'Ethan', 'Rachel', 'Marcus', 'Nina', 'Caleb', 'Jasmine', 'Owen'],
    last: ['Reyes', 'Brooks', 'Sullivan', 'Harper', 'Coleman', 'Bennett', 'Ramirez', 'Whitaker'],
  },
  BE: {
    first: ['Lotte', 'Pieter', 'Elise', 'Wout', 'Charlotte', 'Arnaud'],
    last: ['Peeters', 'Janssens', 'Maes', 'Claes', 'Lemaire', 'Wouters'],
  },
  KE: {
    first: ['Wanjiru', 'Otieno', 'Achieng', 'Kiprono', 'Njeri', 'Mwangi'],
    last: ['Kamau', 'Odhiambo', 'Mutua', 'Chebet', 'Omondi', 'Kariuki'],
  },
};

/** International pools, each internally consistent (first and last names from one tradition). */
export const INTERNATIONAL_POOLS: NamePool[] = [
  { first: ['Elif', 'Can', 'Zeynep', 'Emre', 'Deniz', 'Selin'], last: ['Yılmaz', 'Demir', 'Aksoy', 'Kaya', 'Öztürk', 'Arslan'] },
  { first: ['Agnieszka', 'Piotr', 'Katarzyna', 'Marek', 'Zofia'], last: ['Nowak', 'Zielińska', 'Wójcik', 'Kowalczyk', 'Mazur'] },
  { first: ['Giulia', 'Lorenzo', 'Chiara', 'Matteo', 'Federica'], last: ['Bianchi', 'Esposito', 'Romano', 'Colombo', 'Greco'] },
  { first: ['Eleni', 'Nikos', 'Dimitra', 'Yannis'], last: ['Papadaki', 'Georgiou', 'Karalis', 'Antoniou'] },
  { first: ['Beatriz', 'Rafael', 'Mariana', 'Thiago'], last: ['Almeida', 'Costa', 'Ferreira', 'Barbosa'] },
  { first: ['Ananya', 'Rohan', 'Kavya', 'Arjun', 'Meera'], last: ['Iyer', 'Mehta', 'Nair', 'Rao', 'Kulkarni'] },
  { first: ['Yutong', 'Hao', 'Xinyi', 'Jiahui'], last: ['Chen', 'Zhang', 'Liu', 'Zhou'] },
  { first: ['Ji-woo', 'Seo-yeon', 'Min-ho'], last: ['Park', 'Choi', 'Han'] },
  { first: ['Chiamaka', 'Tunde', 'Ngozi', 'Emeka'], last: ['Eze', 'Adeyemi', 'Okonkwo', 'Balogun'] },
  { first: ['Layla', 'Omar', 'Yasmin', 'Karim'], last: ['Haddad', 'Khalil', 'Saleh', 'Nassar'] },
  { first: ['Shirin', 'Dariush', 'Parisa'], last: ['Tehrani', 'Rahimi', 'Moradi'] },
  { first: ['Linh', 'Minh', 'Thao'], last: ['Tran', 'Pham', 'Nguyen'] },
  { first: ['Olena', 'Taras', 'Iryna'], last: ['Kovalenko', 'Melnyk', 'Bondarenko'] },
  { first: ['Ximena', 'Diego', 'Valeria'], last: ['Ortiz', 'Salazar', 'Fuentes'] },
];

/**
 * Combinations that name a well-known real person (athletes, artists, performers). The generator skips
 * them so that no fictional researcher shares a famous name.
 */
export const FAMOUS_NAMES = new Set([
  'Piotr Nowak', 'Marc Soler', 'Sergio Romero', 'Callum Walsh', 'Diego Ortiz', 'Min-ho Choi', 'Hao Zhang',
  'Meera Nair', 'Emre Demir', 'Owen Harper', 'Mikko Koskinen', 'Mikko Lehtonen', 'Samuel Palmer', 'Anna Seidel',
  'Ji-woo Choi', 'Paula Hartmann', 'Svenja Hahn', 'Matteo Romano', 'Antoine Roussel',
]);
