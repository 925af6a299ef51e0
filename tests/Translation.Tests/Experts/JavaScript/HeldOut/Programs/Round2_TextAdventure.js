const SYNONYMS = { n: 'north', s: 'south', e: 'east', w: 'west', get: 'take', grab: 'take', l: 'look', i: 'inventory', x: 'examine' };
const STOP_WORDS = new Set(['the', 'a', 'an', 'at', 'to']);

const world = {
  hall: { title: 'Entrance Hall', desc: 'Dusty portraits line the walls.', exits: { north: 'library', east: 'kitchen' }, items: ['umbrella'] },
  library: { title: 'Library', desc: 'Shelves sag under old books.', exits: { south: 'hall', up: 'attic' }, items: ['lamp', 'book'], locked: { up: 'brass key' } },
  kitchen: { title: 'Kitchen', desc: 'Something smells faintly of cinnamon.', exits: { west: 'hall' }, items: ['brass key', 'bread'] },
  attic: { title: 'Attic', desc: 'It is pitch black.', dark: true, exits: { down: 'library' }, items: ['treasure chest'] },
};
const descriptions = new Map([
  ['book', 'A diary. The last entry reads: "the key is with the bread".'],
  ['lamp', 'An oil lamp, still half full.'],
  ['treasure chest', 'Heavy, ornate, and unlocked!'],
]);

function parse(input) {
  const words = input.toLowerCase().replace(/[^a-z\s]/g, '').split(/\s+/).filter((w) => w && !STOP_WORDS.has(w));
  if (!words.length) return null;
  const [first, ...rest] = words;
  const verb = SYNONYMS[first] ?? first;
  if (['north', 'south', 'east', 'west', 'up', 'down'].includes(verb)) return { verb: 'go', object: verb };
  const withIdx = rest.indexOf('with');
  const object = (withIdx >= 0 ? rest.slice(0, withIdx) : rest).join(' ') || null;
  const tool = withIdx >= 0 ? rest.slice(withIdx + 1).join(' ') : null;
  return { verb, object: SYNONYMS[object] ?? object, tool };
}

class Game {
  #room = 'hall';
  #inventory = [];
  #moves = 0;
  score = 0;
  #visited = new Set(['hall']);

  get room() { return world[this.#room]; }
  #canSee() { return !this.room.dark || this.#inventory.includes('lamp'); }

  #look() {
    if (!this.#canSee()) return 'You can see nothing. You might be eaten by something.';
    const { title, desc, exits, items } = this.room;
    const itemText = items.length ? ` You see: ${items.join(', ')}.` : '';
    return `${title}: ${desc}${itemText} Exits: ${Object.keys(exits).join(', ')}.`;
  }

  exec(command) {
    const parsed = parse(command);
    if (!parsed) return 'Say something.';
    this.#moves++;
    const { verb, object, tool } = parsed;
    switch (verb) {
      case 'look': return this.#look();
      case 'inventory': return this.#inventory.length ? `You carry: ${this.#inventory.join(', ')}` : 'Your hands are empty.';
      case 'go': {
        const target = this.room.exits[object];
        if (!target) return `You can't go ${object ?? 'nowhere'}.`;
        const need = this.room.locked?.[object];
        if (need && !this.#inventory.includes(need)) return `The way ${object} is locked.`;
        this.#room = target;
        if (!this.#visited.has(target)) { this.#visited.add(target); this.score += 5; }
        return this.#look();
      }
      case 'take': {
        if (!this.#canSee()) return 'You fumble around in the dark.';
        const idx = this.room.items.findIndex((it) => it === object || it.endsWith(` ${object}`));
        if (idx < 0) return `There is no ${object} here.`;
        const [item] = this.room.items.splice(idx, 1);
        if (item === 'treasure chest') { this.score += 50; }
        this.#inventory.push(item);
        return `Taken: ${item}.`;
      }
      case 'drop': {
        const idx = this.#inventory.indexOf(object);
        if (idx === -1) return `You don't have ${object}.`;
        this.room.items.push(...this.#inventory.splice(idx, 1));
        return 'Dropped.';
      }
      case 'examine':
        return descriptions.get(object) ?? `Nothing special about the ${object ?? 'air'}.`;
      case 'unlock': {
        const dir = Object.keys(this.room.locked ?? {}).find((d) => this.room.locked[d].includes(tool ?? '#'));
        if (!dir || !this.#inventory.includes(this.room.locked[dir])) return `You can't unlock ${object ?? 'that'} with ${tool ?? 'nothing'}.`;
        delete this.room.locked[dir];
        this.score += 10;
        return `Click. The ${object} swings open.`;
      }
      case 'score': return `Score: ${this.score} in ${this.#moves} moves, ${this.#visited.size}/${Object.keys(world).length} rooms.`;
      default: return `I don't know how to "${verb}".`;
    }
  }
}

const game = new Game();
const script = [
  'look', 'take umbrella', 'n', 'go up', 'x book', 'take the lamp', 'i', 's', 'east',
  'grab key', 'take bread', 'examine bread', 'west', 'north', 'unlock hatch with key', 'up',
  'take chest', 'drop umbrella', 'look', 'drop lamp', 'l', 'take lamp', 'dance wildly', '', 'go sideways', 'score',
];
for (const line of script) {
  console.log(`> ${line}`);
  console.log(`  ${game.exec(line)}`);
}
const summary = Object.entries(world).map(([id, { items }]) => `${id}[${items.join('|')}]`);
console.log(summary.join(' '));
console.log(JSON.stringify(['Go North!!', 'get the brass key', 'unlock door with key', 'x'].map(parse)));
