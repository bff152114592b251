import { check } from '../src/common/validation';
import { creditCodeProblem } from '../src/modules/firm/credit-code';
import { Firm } from '../src/modules/firm/firm.entity';
import { FirmQualification } from '../src/modules/firm/firm-qualification.entity';
import { LoanProduct } from '../src/modules/product/loan-product.entity';
import { checkProduct } from '../src/modules/product/product.service';
import { reseed, seedIfEmpty } from '../seeds/seed';
import { FIRMS } from '../seeds/data/firms';
import { TestApp } from './helpers/app';
import { BanksDocument, FirmsDocument, ProductsDocument } from './generated/operations';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

describe('the seed data set', () => {
  it('loads once into an empty database, and `npm run seed` reloads it whole', async () => {
    expect(await seedIfEmpty(app.orm)).toMatch(/^14 banks, 19 branches, \d+ officers, \d+ products, 185 firms/);
    expect(await seedIfEmpty(app.orm)).toBeNull();
    const before = await app.snapshot();
    await reseed(app.orm);
    const after = await app.snapshot();
    const counts = (s: Record<string, number>) => Object.fromEntries(Object.entries(s).filter(([k]) => !k.endsWith('.updated_at')));
    expect(counts(after)).toEqual(counts(before));
  });

  it('reads through the API: the banks of Changde, a catalogue of 30+ published products, 185 firms', async () => {
    expect((await app.ok(BanksDocument, {})).banks.totalCount).toBe(14);
    const published = (await app.ok(ProductsDocument, {})).products.totalCount;
    expect(published).toBeGreaterThanOrEqual(30);
    for (const category of ['CREDIT', 'TECH_GUARANTEE', 'KNOWLEDGE_VALUE', 'IP_PLEDGE', 'GUARANTEED', 'MORTGAGE', 'SUPPLY_CHAIN', 'TAX_CREDIT'] as const) {
      expect((await app.ok(ProductsDocument, { filter: { categories: [category] } })).products.totalCount).toBeGreaterThan(0);
    }
    expect((await app.ok(FirmsDocument, {})).firms.totalCount).toBe(185);
    for (const chain of ['EQUIPMENT_MANUFACTURING', 'PHARMA_CHEMICALS', 'LIGHT_INDUSTRY_FOOD', 'POWER_ELECTRONICS'] as const) {
      expect((await app.ok(FirmsDocument, { filter: { chain } })).firms.totalCount).toBeGreaterThan(30);
    }
  });

  it('is consistent: valid credit codes, products that pass the product rules, qualifications in order', async () => {
    const em = app.orm.em.fork();
    const firms = await em.find(Firm, {});
    expect(firms).toHaveLength(185);
    expect(firms.filter((f) => creditCodeProblem(f.creditCode) !== null)).toEqual([]);
    // Only the firm the source names is not marked as invented.
    expect(firms.filter((f) => !f.isFictional).map((f) => f.name)).toEqual([expect.stringContaining('大度新材')]);
    expect(firms.every((f) => f.sourceNote)).toBe(true);
    for (const p of await em.find(LoanProduct, {})) {
      const c = check();
      checkProduct(c, p);
      expect({ product: p.name, ok: c.ok }).toEqual({ product: p.name, ok: true });
    }
    for (const q of await em.find(FirmQualification, {})) expect(q.validFrom <= q.validUntil).toBe(true);
  });

  it('is deterministic: the data files give the same firms every time', () => {
    jest.isolateModules(() => {
      const again = require('../seeds/data/firms').FIRMS;
      expect(again).toEqual(FIRMS);
    });
  });
});
