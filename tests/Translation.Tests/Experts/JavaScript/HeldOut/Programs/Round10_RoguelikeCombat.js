'use strict';

function makeRng(seed) {
  let state = seed >>> 0;
  return {
    next() {
      state ^= state << 13; state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5; state >>>= 0;
      return state;
    },
    roll(sides) { return (this.next() % sides) + 1; },
    dice(spec) {
      const m = /^(\d+)d(\d+)([+-]\d+)?$/.exec(spec);
      if (!m) throw new SyntaxError(`bad dice spec ${spec}`);
      const [, count, sides, mod = '0'] = m;
      let total = Number(mod);
      for (let i = 0; i < Number(count); i++) total += this.roll(Number(sides));
      return total;
    },
  };
}

class Creature {
  #hp;
  constructor({ name, hp, ac, attack, damage, speed = 10, tags = [] }) {
    Object.assign(this, { name, maxHp: hp, ac, attack, damage, speed, tags: new Set(tags) });
    this.#hp = hp;
    this.conditions = new Map();
  }
  get hp() { return this.#hp; }
  get alive() { return this.#hp > 0; }
  takeDamage(n) { this.#hp = Math.max(0, this.#hp - n); return this.#hp; }
  heal(n) { const before = this.#hp; this.#hp = Math.min(this.maxHp, this.#hp + n); return this.#hp - before; }
  get healthBar() {
    const filled = Math.round((this.#hp / this.maxHp) * 10);
    return '[' + '#'.repeat(filled) + '.'.repeat(10 - filled) + ']';
  }
}

class Hero extends Creature {
  constructor(opts) {
    super(opts);
    this.potions = opts.potions ?? 2;
    this.xp = 0;
  }
}

const rng = makeRng(20240601);
const hero = new Hero({ name: 'Sera', hp: 38, ac: 15, attack: 6, damage: '1d10+3', speed: 12, potions: 2 });
const monsters = [
  new Creature({ name: 'Goblin', hp: 9, ac: 12, attack: 3, damage: '1d6+1', speed: 13, tags: ['xp:25'] }),
  new Creature({ name: 'Skeleton', hp: 14, ac: 13, attack: 4, damage: '1d8+1', speed: 8, tags: ['undead', 'xp:50'] }),
  new Creature({ name: 'Ogre', hp: 30, ac: 11, attack: 5, damage: '2d8+3', speed: 6, tags: ['xp:100'] }),
];

function attack(attacker, defender, log) {
  const d20 = rng.roll(20);
  const total = d20 + attacker.attack;
  if (d20 === 1 || (d20 !== 20 && total < defender.ac)) {
    log.push(`${attacker.name} misses ${defender.name} (${d20}+${attacker.attack}=${total} vs AC ${defender.ac})`);
    return;
  }
  let dmg = rng.dice(attacker.damage);
  if (d20 === 20) dmg *= 2;
  if (defender.tags.has('undead') && attacker instanceof Hero) dmg += 2;
  const left = defender.takeDamage(dmg);
  log.push(`${attacker.name} ${d20 === 20 ? 'CRITS' : 'hits'} ${defender.name} for ${dmg} -> ${left}/${defender.maxHp} ${defender.healthBar}`);
}

let round = 0;
const log = [];
outer:
for (const monster of monsters) {
  log.push(`--- ${monster.name} appears! ---`);
  while (monster.alive) {
    round++;
    const order = [hero, monster].sort((a, b) => b.speed - a.speed || a.name.localeCompare(b.name));
    for (const actor of order) {
      if (!hero.alive) break outer;
      if (!monster.alive) break;
      if (actor === hero && hero.hp < hero.maxHp * 0.35 && hero.potions > 0) {
        hero.potions--;
        const healed = hero.heal(rng.dice('2d4+2'));
        log.push(`${hero.name} drinks a potion (+${healed}) ${hero.healthBar}`);
        continue;
      }
      attack(actor, actor === hero ? monster : hero, log);
    }
    if (round > 60) { log.push('stalemate'); break outer; }
  }
  if (!monster.alive) {
    const xpTag = [...monster.tags].find(t => t.startsWith('xp:')) ?? 'xp:0';
    const xp = parseInt(xpTag.split(':')[1], 10);
    hero.xp += xp;
    log.push(`${monster.name} defeated after round ${round}, +${xp} xp`);
  }
}

log.forEach(line => console.log(line));
const survivors = monsters.filter(m => m.alive).map(m => m.name);
console.log('='.repeat(30));
console.log(`Rounds fought: ${round}`);
console.log(`Hero ${hero.alive ? 'survived' : 'fell'} with ${hero.hp}/${hero.maxHp} HP, ${hero.potions} potion(s), ${hero.xp} xp`);
console.log(`Monsters remaining: ${survivors.length ? survivors.join(', ') : 'none'}`);
const hits = log.filter(l => / (hits|CRITS) /.test(l)).length;
const misses = log.filter(l => l.includes(' misses ')).length;
console.log(`Accuracy: ${hits}/${hits + misses} = ${((hits / (hits + misses)) * 100).toFixed(1)}%`);
try {
  rng.dice('d20');
} catch (e) {
  console.log(`${e.constructor.name}: ${e.message}`);
}
