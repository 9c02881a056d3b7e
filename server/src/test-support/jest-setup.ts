import 'reflect-metadata';

/**
 * Runs in every test file's realm before its tests. jest gives each test file a realm of its own, but `fetch`
 * and its Response come from Node's: `response.json()` would build objects with the other realm's prototypes,
 * which `assert.deepStrictEqual` then calls different from the same literal in the test. Parsing the text with
 * this realm's JSON keeps comparisons about content.
 */
const realmJson = JSON;
Response.prototype.json = async function json(this: Response) {
  return realmJson.parse(await this.text());
};
