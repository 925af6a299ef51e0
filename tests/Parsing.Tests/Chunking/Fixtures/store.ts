import { EventEmitter } from 'events';

export interface Product {
  id: string;
  price: number;
}

export enum Currency {
  EUR = 'EUR',
  USD = 'USD',
}

export namespace Pricing {
  export function convert(amount: number, rate: number): number {
    return Math.round(amount * rate * 100) / 100;
  }
}

export class Store<T extends Product> extends EventEmitter {
  private readonly products = new Map<string, T>();

  add(product: T): void {
    this.products.set(product.id, product);
    this.emit('added', product);
  }

  find = (id: string): T | undefined => this.products.get(id);
}

export const cheapest = <T extends Product>(items: T[]): T | undefined =>
  items.reduce<T | undefined>((best, p) => (!best || p.price < best.price ? p : best), undefined);
