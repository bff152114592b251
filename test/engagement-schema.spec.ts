import { randomUUID } from 'node:crypto';
import { TestApp } from './helpers/app';
import { createBank, createBranch, createFirm, createOfficer } from './helpers/factories';

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.close());

/**
 * The rules of dates and money for pairings, demands, answers and signings hold in PostgreSQL
 * itself, whatever writes the rows: each statement here breaks one rule and is refused.
 */
describe('the engagement tables refuse rows that break their rules', () => {
  it('in PostgreSQL, not only in the services', async () => {
    const bank = await createBank(app);
    const officer = await createOfficer(app, (await createBranch(app, bank.id)).id, 'BRANCH_PRESIDENT');
    const firm = await createFirm(app);
    const conn = app.orm.em.getConnection();
    const run = (sql: string, params: unknown[] = []) => conn.execute(sql, params);
    const pairing = (startsOn: string, endsOn: string | null, status = 'ACTIVE') =>
      run(`insert into pairing (id, officer_id, firm_id, starts_on, ends_on, status) values (?, ?, ?, ?, ?, ?)`, [randomUUID(), officer.id, firm.id, startsOn, endsOn, status]);
    await expect(pairing('2024-05-01', '2024-04-30')).rejects.toThrow(/pairing_dates/);
    await expect(pairing('2024-05-01', null, 'ENDED')).rejects.toThrow(/pairing_dates/);
    await pairing('2024-05-01', null);
    await expect(pairing('2024-06-01', null)).rejects.toThrow(/pairing_one_active_per_officer_and_firm/);

    const demand = (amount: string, source = 'ONLINE', status = 'FILED') =>
      run(`insert into financing_demand (id, firm_id, amount, term_months, purpose, source, status, filed_on) values (?, ?, ?, 12, '流动资金', ?, ?, '2024-01-10')`, [randomUUID(), firm.id, amount, source, status]);
    await expect(demand('0.00')).rejects.toThrow(/financing_demand_terms/);
    await expect(demand('1000.00', 'VISIT')).rejects.toThrow(/financing_demand_source/);
    await expect(demand('1000.00', 'ONLINE', 'DISBURSED')).rejects.toThrow(/financing_demand_steps/);
    const demandId = randomUUID();
    await run(`insert into financing_demand (id, firm_id, amount, term_months, purpose, source, status, filed_on, recommended_on) values (?, ?, 1000, 12, 'x', 'ONLINE', 'RECOMMENDED', '2024-01-10', '2024-01-12')`, [demandId, firm.id]);
    await expect(run(`update financing_demand set recommended_on = '2024-01-09' where id = ?`, [demandId])).rejects.toThrow(/financing_demand_dates/);

    const addressee = (dueOn: string, basis = 'DEFAULT') =>
      run(`insert into demand_addressee (id, demand_id, bank_id, addressed_on, response_days, deadline_basis, due_on) values (?, ?, ?, '2024-01-12', 30, ?, ?)`, [randomUUID(), demandId, bank.id, basis, dueOn]);
    await expect(addressee('2024-02-12')).rejects.toThrow(/demand_addressee_deadline/);
    await expect(addressee('2024-02-11', 'PRODUCT')).rejects.toThrow(/demand_addressee_deadline/);
    const addresseeId = randomUUID();
    await run(`insert into demand_addressee (id, demand_id, bank_id, addressed_on, response_days, deadline_basis, due_on) values (?, ?, ?, '2024-01-12', 30, 'DEFAULT', '2024-02-11')`, [addresseeId, demandId, bank.id]);
    await expect(run(`update demand_addressee set status = 'OFFERED' where id = ?`, [addresseeId])).rejects.toThrow(/demand_addressee_answer/);

    const answer = (decision: string, amount: string | null, reason: string | null) =>
      run(`insert into offer (id, addressee_id, demand_id, bank_id, decision, answered_on, amount, annual_rate, term_months, valid_until, decline_reason) values (?, ?, ?, ?, ?, '2024-01-20', ?, 0.04, 12, '2024-02-20', ?)`, [randomUUID(), addresseeId, demandId, bank.id, decision, amount, reason]);
    await expect(answer('OFFERED', null, null)).rejects.toThrow(/offer_decision/);
    await expect(answer('DECLINED', '1000.00', '不符合')).rejects.toThrow(/offer_decision/);
    await expect(answer('OFFERED', '1000.00', '不符合')).rejects.toThrow(/offer_decision/);

    const eventId = randomUUID();
    await run(`insert into matchmaking_event (id, name, kind, held_on, place) values (?, '金融入园惠企', 'FINANCE_INTO_PARK', '2024-01-05', '经开区')`, [eventId]);
    await expect(run(`insert into event_signing (id, event_id, firm_id, bank_id, amount) values (?, ?, ?, ?, 0)`, [randomUUID(), eventId, firm.id, bank.id])).rejects.toThrow(/event_signing_amount_positive/);
  });
});
