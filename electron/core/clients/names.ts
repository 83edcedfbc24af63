/** The key two client names collide on: case, accents and spacing do not make a different client. */
export function clientNameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim().replace(/\s+/g, ' ');
}
