import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '../src/common/dates';
import { Dec } from '../src/common/decimal';
import { Role, type Actor } from '../src/modules/auth/auth.types';
import type { Bank } from '../src/modules/bank/bank.entity';
import type { BankOfficer } from '../src/modules/bank/bank-officer.entity';
import { DemandService } from '../src/modules/engagement/demand.service';
import { DemandSource, EventKind } from '../src/modules/engagement/engagement.enums';
import { EventService } from '../src/modules/engagement/event.service';
import { PairingService } from '../src/modules/engagement/pairing.service';
import type { Firm } from '../src/modules/firm/firm.entity';
import type { Loan } from '../src/modules/loan/loan.entity';

/**
 * 2022's pairings (行长结对服务中小企业), service visits, financing demands and a 金融入园惠企
 * event (FACTS.md, F2), tied to loans of the 2022 data set. Recorded through the services, so
 * every rule that holds for a user holds for the seed. No loan is added: F3 to F10 stay exact.
 * Who, when and what was said are illustrative.
 */
const OFFICE: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'seed', role: Role.FINANCE_OFFICE, bankId: null, firmId: null, via: 'jwt' };

export interface EngagementRefs {
  banks: Map<string, Bank>;
  officers: Map<string, BankOfficer>;
  firms: Map<string, Firm>;
  /** Loans of the 2022 data set by contract number, in data-set order. */
  loans: Loan[];
  /** The seed keys of each loan's product. */
  productKeyOf: Map<Loan, string>;
}

export async function seedEngagement(tx: EntityManager, refs: EngagementRefs): Promise<string> {
  const covered = (key: string) => refs.loans.filter((l) => refs.productKeyOf.get(l)?.endsWith(key));
  const techLoans = covered('kjdbd').filter((l) => l.status === 'ACTIVE');
  const kvLoans = covered('zsjz');

  // ---- A 金融入园惠企 event for tech firms, before the year's tech loans ----
  const banksAt = [...new Set(techLoans.map((l) => l.bank.id))];
  const event = await EventService.create(tx, {
    name: '2022年"金融入园惠企"银企对接会(科技型企业专场)',
    kind: EventKind.FINANCE_INTO_PARK,
    heldOn: '2022-02-25',
    place: '常德经开区管委会三楼会议室',
    organizer: '常德经开区产业发展局、金融办',
    note: '示例活动 / Sample event',
    bankIds: banksAt,
    firmIds: [...techLoans.map((l) => l.firm.id), ...kvLoans.slice(0, 2).map((l) => l.firm.id)],
  });
  let signings = 0;
  for (const loan of techLoans) {
    // Signed in round 500,000s at the event; what was later lent is the loan itself.
    const signed = loan.principal.div(500000).ceil().times(500000);
    const signing = await EventService.recordSigning(tx, { eventId: event.id, firmId: loan.firm.id, bankId: loan.bank.id, amount: signed, note: '意向签约 / Letter of intent' });
    await EventService.linkLoan(tx, { signingId: signing.id, loanId: loan.id });
    signings++;
  }
  // Two firms signed and never borrowed from that bank: "signed" is not "lent".
  for (const loan of kvLoans.slice(0, 2)) {
    await EventService.recordSigning(tx, { eventId: event.id, firmId: loan.firm.id, bankId: banksAt[0], amount: new Dec('3000000'), note: '意向签约,未落地 / Signed, not followed by a loan' });
    signings++;
  }

  // ---- Branch presidents paired with knowledge-value firms, and their visits ----
  const presidents = ['ccb-tech-pres', 'csb-tech-pres', 'hnb-tech-pres'].map((k) => refs.officers.get(k)!).filter(Boolean);
  let pairings = 0;
  let visits = 0;
  const visitOf = new Map<string, string>();
  for (const [i, loan] of kvLoans.slice(2, 11).entries()) {
    const officer = presidents[i % presidents.length];
    const p = await PairingService.create(tx, { officerId: officer.id, firmId: loan.firm.id, startsOn: '2022-01-10', note: '行长结对服务中小企业 / Branch president paired with an SME' });
    pairings++;
    const visitedOn = addDays('2022-01-12', i * 2);
    const v = await PairingService.recordVisit(tx, OFFICE, { pairingId: p.id, visitedOn, visitors: '支行行长、客户经理', findings: '订单增长,研发投入加大,需流动资金 / Orders growing and R&D up: the firm needs working capital', followUpDue: addDays(visitedOn, 14), followUpBy: '支行公司业务部' });
    await PairingService.closeVisit(tx, OFFICE, { visitId: v.id, closedOn: addDays(visitedOn, 10), outcome: '已指导企业提交融资需求 / The firm was helped to file a financing demand' });
    visitOf.set(loan.firm.id, v.id);
    visits++;
  }

  // ---- Demands that became loans: filed, recommended, offered, granted, disbursed ----
  let demands = 0;
  for (const loan of kvLoans.slice(2, 8)) {
    const filedOn = addDays(loan.disbursedOn, -30);
    const visitId = visitOf.get(loan.firm.id);
    const fromVisit = visitId && filedOn >= addDays('2022-01-12', 0);
    const d = await DemandService.file(tx, OFFICE, {
      firmId: loan.firm.id,
      amount: loan.principal,
      termMonths: loan.termMonths,
      purpose: '研发投入和原材料采购 / R&D and raw materials',
      source: fromVisit ? DemandSource.VISIT : DemandSource.ONLINE,
      visitId: fromVisit ? visitId : null,
      filedOn,
    });
    await DemandService.recommend(tx, { demandId: d.id, banks: [{ bankId: loan.bank.id, productId: loan.product.id }], on: addDays(filedOn, 2) });
    const offer = await DemandService.makeOffer(tx, OFFICE, { demandId: d.id, bankId: loan.bank.id, amount: loan.principal, annualRate: loan.annualRate, termMonths: loan.termMonths, validUntil: addDays(filedOn, 60), answeredOn: addDays(filedOn, 7), conditions: '知识价值信用评价结果有效 / A valid knowledge-value assessment' });
    await DemandService.grantCredit(tx, OFFICE, { offerId: offer.id, on: addDays(filedOn, 10) });
    await DemandService.recordDisbursed(tx, OFFICE, { demandId: d.id, loanId: loan.id });
    demands++;
  }
  // ---- One that did not: declined by the bank, then closed by the office ----
  {
    const loan = kvLoans[9];
    const d = await DemandService.file(tx, OFFICE, { firmId: loan.firm.id, amount: new Dec('8000000'), termMonths: 36, purpose: '新建厂房 / A new workshop', source: DemandSource.ONLINE, filedOn: '2022-09-05' });
    await DemandService.recommend(tx, { demandId: d.id, banks: [{ bankId: loan.bank.id }], on: '2022-09-06' });
    await DemandService.declineAtBank(tx, OFFICE, { demandId: d.id, bankId: loan.bank.id, reason: '金额超出信用贷款额度,建议以厂房抵押 / Above the unsecured limit; a mortgage on the workshop is suggested', answeredOn: '2022-09-20', routeToNext: false });
    await DemandService.decline(tx, OFFICE, { demandId: d.id, reason: '企业决定推迟新建厂房计划 / The firm postponed the workshop', on: '2022-10-15' });
    demands++;
  }
  return `1 event with ${signings} signings, ${pairings} pairings, ${visits} visits, ${demands} financing demands`;
}
