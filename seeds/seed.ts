import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Dec } from '../src/common/decimal';
import { Bank } from '../src/modules/bank/bank.entity';
import { BankBranch } from '../src/modules/bank/bank-branch.entity';
import { BankOfficer } from '../src/modules/bank/bank-officer.entity';
import { Firm } from '../src/modules/firm/firm.entity';
import { FirmQualification } from '../src/modules/firm/firm-qualification.entity';
import { IpAsset } from '../src/modules/ip-asset/ip-asset.entity';
import { Eligibility } from '../src/modules/product/eligibility.embeddable';
import { LoanProduct } from '../src/modules/product/loan-product.entity';
import { LoanProductContact } from '../src/modules/product/loan-product-contact.entity';
import { ProductStatus } from '../src/modules/product/product.enums';
import { addMonths } from '../src/common/dates';
import { CompensationClaim } from '../src/modules/loan/compensation-claim.entity';
import { ClaimStatus, CoverageStatus, LoanStatus } from '../src/modules/loan/loan.enums';
import { Loan } from '../src/modules/loan/loan.entity';
import { LprRate } from '../src/modules/loan/lpr-rate.entity';
import { PoolCoverage } from '../src/modules/loan/pool-coverage.entity';
import { Repayment } from '../src/modules/loan/repayment.entity';
import { LEDGER_SIGN, LedgerKind, PoolKind } from '../src/modules/pool/pool.enums';
import { PoolLedgerEntry } from '../src/modules/pool/pool-ledger-entry.entity';
import { RiskPool } from '../src/modules/pool/risk-pool.entity';
import { RiskPoolPartner } from '../src/modules/pool/risk-pool-partner.entity';
import { ProductCategory, RateKind } from '../src/modules/product/product.enums';
import { Role } from '../src/modules/auth/auth.types';
import { User } from '../src/modules/auth/user.entity';
import { BANKS } from './data/banks';
import { LOANS_2022, POOLS } from './data/lending-2022';
import { seedEngagement } from './engagement-2022';
import { FIRMS } from './data/firms';
import { PRODUCTS } from './data/products';

const BANK_NOTE = '真实银行机构名称;支行与人员为示例数据 / Real bank; its branches and officers here are sample data';
const BRANCH_NOTE = '示例支行,非真实数据 / Sample branch, not real data';
const OFFICER_NOTE = '虚构人员,非真实数据 / Invented person, not real data';
const PRODUCT_NOTE = '仿照《"金融入园惠企"信贷产品汇编》编制的示例产品 / Sample product modelled on the zone\'s credit-product handbook';

/** Tables the seed owns, children first: a reload empties them in one statement. */
const SEEDED_TABLES = [
  'event_signing_loan', 'event_signing', 'event_firm', 'event_bank', 'offer', 'demand_addressee', 'financing_demand', 'matchmaking_event', 'service_visit', 'pairing',
  'audit_event', 'api_token', 'app_user', 'login_throttle', 'idempotency_key', 'compensation_claim', 'pool_ledger_entry', 'pool_coverage', 'repayment', 'loan', 'risk_pool_partner', 'risk_pool',
  'loan_product_contact', 'loan_product', 'ip_asset', 'firm_qualification', 'firm', 'bank_officer', 'bank_branch', 'bank',
];
const RECORDER = '经开区金融办(种子数据) / Finance office (seed data)';
const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY;

const money = (s: string | undefined) => (s == null ? null : new Dec(s));

/** Inserts the whole data set through one EntityManager, in one transaction. */
async function load(em: EntityManager): Promise<string> {
  const banks = new Map<string, Bank>();
  const branches = new Map<string, BankBranch>();
  const officers = new Map<string, BankOfficer>();
  // Rows get increasing creation instants (1 ms apart), so that pages list them in data-set order.
  let clock = Date.now();
  const stamp = <T extends { createdAt: Date; updatedAt: Date }>(row: T): T => {
    row.createdAt = new Date(clock);
    row.updatedAt = new Date(clock);
    clock += 1;
    return row;
  };

  for (const b of BANKS) {
    const bank = stamp(new Bank(b.name, b.shortName, b.kind));
    bank.nameEn = b.nameEn;
    bank.sourceNote = BANK_NOTE;
    banks.set(b.key, bank);
    em.persist(bank);
    for (const br of b.branches) {
      const branch = stamp(new BankBranch(bank, br.name));
      Object.assign(branch, { nameEn: br.nameEn ?? null, isTechBranch: br.isTechBranch ?? false, address: br.address ?? null, phone: br.phone ?? null, sourceNote: BRANCH_NOTE });
      branches.set(br.key, branch);
      em.persist(branch);
      for (const o of br.officers) {
        const officer = stamp(new BankOfficer(branch, o.name, o.title));
        Object.assign(officer, { phone: o.phone ?? null, sourceNote: OFFICER_NOTE });
        officers.set(o.key, officer);
        em.persist(officer);
      }
    }
  }

  const products = new Map<string, LoanProduct>();
  for (const p of PRODUCTS) {
    const bank = banks.get(p.bankKey);
    if (!bank) throw new Error(`seed product ${p.key}: unknown bank ${p.bankKey}`);
    const product = stamp(
      new LoanProduct({
        bank,
        name: p.name,
        category: p.category,
        minAmount: new Dec(p.minAmount),
        maxAmount: new Dec(p.maxAmount),
        minTermMonths: p.minTermMonths,
        maxTermMonths: p.maxTermMonths,
        rateKind: p.rateKind,
      }),
    );
    Object.assign(product, {
      nameEn: p.nameEn,
      description: p.description,
      branch: p.branchKey ? branches.get(p.branchKey) ?? null : null,
      minRate: money(p.minRate),
      maxRate: money(p.maxRate),
      lprTenor: p.lprTenor ?? null,
      minSpreadBps: p.minSpreadBps ?? null,
      maxSpreadBps: p.maxSpreadBps ?? null,
      collateralKinds: p.collateralKinds,
      collateralNote: p.collateralNote ?? null,
      loanToValue: money(p.loanToValue),
      promisedResponseDays: p.promisedResponseDays,
      validFrom: p.validFrom ?? null,
      validUntil: p.validUntil ?? null,
      status: p.status,
      sourceNote: PRODUCT_NOTE,
    });
    product.eligibility = Object.assign(new Eligibility(), {
      chains: p.eligibility.chains ?? [],
      sizeClasses: p.eligibility.sizeClasses ?? [],
      requiredQualifications: p.eligibility.requiredQualifications ?? [],
      minYearsOperating: p.eligibility.minYearsOperating ?? null,
      minAnnualRevenue: money(p.eligibility.minAnnualRevenue),
      minTaxGrade: p.eligibility.minTaxGrade ?? null,
      ipRequired: p.eligibility.ipRequired ?? false,
    });
    if (p.status !== ProductStatus.DRAFT) product.publishedAt = new Date(clock);
    if (p.status === ProductStatus.WITHDRAWN) {
      product.withdrawnAt = new Date(clock);
      product.withdrawalReason = '产品有效期届满,停止受理 / The product reached the end of its validity';
    }
    em.persist(product);
    products.set(p.key, product);
    p.contactKeys.forEach((key, i) => {
      const officer = officers.get(key);
      if (!officer) throw new Error(`seed product ${p.key}: unknown contact ${key}`);
      em.persist(new LoanProductContact(product, officer, i));
    });
  }

  let qualifications = 0;
  let ipAssets = 0;
  const firms = new Map<string, Firm>();
  const assetsOf = new Map<string, IpAsset[]>();
  for (const f of FIRMS) {
    const firm = stamp(
      new Firm({
        creditCode: f.creditCode,
        name: f.name,
        chain: f.chain,
        sizeClass: f.sizeClass,
        foundedOn: f.foundedOn,
        employees: f.employees,
        annualRevenue: new Dec(f.annualRevenue),
        rdSpend: new Dec(f.rdSpend),
        taxCreditGrade: f.taxCreditGrade,
      }),
    );
    Object.assign(firm, {
      nameEn: f.nameEn ?? null,
      knowledgeValueScore: f.knowledgeValueScore ?? null,
      knowledgeValueGrade: f.knowledgeValueGrade ?? null,
      isFictional: f.isFictional,
      sourceNote: f.sourceNote,
    });
    em.persist(firm);
    firms.set(f.key, firm);
    assetsOf.set(f.key, []);
    for (const q of f.qualifications) {
      const row = new FirmQualification(firm, q.kind, q.validFrom, q.validUntil);
      row.certificateNo = q.certificateNo ?? null;
      em.persist(row);
      qualifications++;
    }
    for (const a of f.ipAssets) {
      const asset = new IpAsset(firm, a.kind, a.number, a.title, a.expiresOn);
      Object.assign(asset, {
        annualFeePaid: a.annualFeePaid,
        appraisedValue: money(a.appraisedValue),
        appraiser: a.appraiser ?? null,
        appraisedOn: a.appraisedOn ?? null,
        pledged: a.pledged,
      });
      em.persist(asset);
      assetsOf.get(f.key)!.push(asset);
      ipAssets++;
    }
  }

  // ---- 2022: the pools, their ledgers, and the loans (seeds/data/lending-2022.ts) ----
  const pools = new Map<string, RiskPool>();
  for (const sp of POOLS) {
    const pool = stamp(
      new RiskPool({
        name: sp.name,
        kind: sp.kind as PoolKind,
        leverageCap: new Dec(sp.leverageCap),
        poolShare: new Dec(sp.poolShare),
        perFirmCap: new Dec(sp.perFirmCap),
        warningRatio: new Dec(sp.warningRatio),
        stopRatio: new Dec(sp.stopRatio),
      }),
    );
    Object.assign(pool, { description: sp.description, establishedOn: sp.establishedOn, sourceNote: sp.sourceNote });
    em.persist(pool);
    pools.set(sp.key, pool);
    for (const key of sp.partnerBankKeys) em.persist(new RiskPoolPartner(pool, banks.get(key)!));
    for (const key of sp.productKeys) products.get(key)!.riskPool = pool;
    for (const e of sp.entries) {
      const kind = e.kind as LedgerKind;
      const amount = new Dec(e.amount);
      const entry = stamp(new PoolLedgerEntry({ pool, kind, amount, signedAmount: amount.times(LEDGER_SIGN[kind]), entryDate: e.entryDate, voucherRef: e.voucherRef, recordedBy: RECORDER }));
      entry.memo = e.memo;
      em.persist(entry);
    }
  }

  const lpr = await em.find(LprRate, {}, { orderBy: { effectiveOn: 'desc' } });
  const loans: Loan[] = [];
  const productKeyOf = new Map<Loan, string>();
  const lprOn = (tenor: string, date: string) => {
    const rate = lpr.find((r) => r.tenor === tenor && r.effectiveOn <= date);
    if (!rate) throw new Error(`seed: no LPR for ${tenor} on ${date}`);
    return rate.rate;
  };
  for (const sl of LOANS_2022) {
    const product = products.get(sl.productKey)!;
    const firm = firms.get(sl.firmKey)!;
    const annualRate = product.rateKind === RateKind.FIXED ? new Dec(sl.rate!) : lprOn(product.lprTenor!, sl.disbursedOn).plus(new Dec(sl.spreadBps!).div(10000));
    const principal = new Dec(sl.principal);
    const loan = stamp(new Loan({ firm, product, bank: product.bank, contractNo: sl.contractNo, principal, annualRate, termMonths: sl.termMonths, disbursedOn: sl.disbursedOn, maturesOn: addMonths(sl.disbursedOn, sl.termMonths) }));
    loan.sourceNote = '2022年示例贷款 / Sample 2022 loan';
    em.persist(loan);
    loans.push(loan);
    productKeyOf.set(loan, sl.productKey);
    for (const r of sl.repayments) {
      const repaid = new Dec(r.principal);
      // Simple interest on the principal repaid, for the days it was out, on a 365-day year.
      const interest = repaid.times(annualRate).times(daysBetween(sl.disbursedOn, r.paidOn)).div(365).toDecimalPlaces(2);
      em.persist(stamp(new Repayment(loan, r.paidOn, repaid, interest, RECORDER)));
      loan.outstandingPrincipal = loan.outstandingPrincipal.minus(repaid);
      loan.interestPaid = loan.interestPaid.plus(interest);
      if (loan.outstandingPrincipal.isZero()) {
        loan.status = LoanStatus.REPAID;
        loan.closedOn = r.paidOn;
      }
    }
    if (product.category === ProductCategory.IP_PLEDGE && loan.status !== LoanStatus.REPAID) {
      // The appraised IP behind a pledge loan is pledged.
      for (const asset of assetsOf.get(sl.firmKey)!) if (asset.appraisedValue && asset.expiresOn > '2022-12-31' && asset.annualFeePaid) asset.pledged = true;
    }
    if (!sl.coverage) continue;
    const pool = pools.get(sl.coverage.poolKey)!;
    const coverage = stamp(new PoolCoverage(loan, pool, principal, pool.poolShare, sl.coverage.enrolledOn));
    if (loan.status === LoanStatus.REPAID) {
      coverage.status = CoverageStatus.RELEASED;
      coverage.releasedOn = loan.closedOn;
    }
    em.persist(coverage);
    const d = sl.default;
    if (!d) continue;
    const claim = stamp(new CompensationClaim(coverage, loan, pool, loan.outstandingPrincipal, coverage.poolShare, d.filedOn));
    Object.assign(claim, { status: ClaimStatus.PAID, decidedOn: d.decidedOn, paidOn: d.paidOn });
    em.persist(claim);
    const paid = stamp(new PoolLedgerEntry({ pool, kind: LedgerKind.COMPENSATION, amount: claim.amountClaimed, signedAmount: claim.amountClaimed.negated(), entryDate: d.paidOn, voucherRef: d.voucherRef, recordedBy: RECORDER }));
    Object.assign(paid, { loan, claim, memo: '违约贷款代偿 / Compensation on a defaulted loan' });
    em.persist(paid);
    coverage.status = CoverageStatus.CLAIMED;
    Object.assign(loan, { status: LoanStatus.WRITTEN_OFF, defaultedOn: d.defaultedOn, closedOn: d.writtenOffOn, statusNote: '代偿后余额由银行核销 / The remainder was written off after compensation' });
  }

  await em.flush();
  const engagement = await seedEngagement(em, { banks, officers, firms, loans, productKeyOf });
  return `${banks.size} banks, ${branches.size} branches, ${officers.size} officers, ${PRODUCTS.length} products, ${FIRMS.length} firms, ${qualifications} qualifications, ${ipAssets} IP assets, ${POOLS.length} risk pools, ${LOANS_2022.length} loans; ${engagement}`;
}

/** Loads the data set into an empty database; returns what it loaded, or null if there was data. */
export async function seedIfEmpty(orm: MikroORM): Promise<string | null> {
  const em = orm.em.fork();
  return em.transactional(async (tx) => {
    // Two processes starting at once must not both seed: the first holds this lock.
    await tx.execute('SELECT pg_advisory_xact_lock(hashtext(\'parkcredit-seed\'))');
    if ((await tx.count(Bank, {})) > 0) return null;
    return load(tx);
  });
}

/**
 * Empties every table and loads the data set again, in one transaction. A development reset:
 * the finance office's accounts are kept; bank and firm accounts, API tokens and the audit trail
 * go with the data they referred to.
 */
export async function reseed(orm: MikroORM): Promise<string> {
  const em = orm.em.fork();
  return em.transactional(async (tx) => {
    await tx.execute('SELECT pg_advisory_xact_lock(hashtext(\'parkcredit-seed\'))');
    const office = await tx.find(User, { role: Role.FINANCE_OFFICE });
    const kept = office.map((u) => ({ id: u.id, username: u.username, displayName: u.displayName, passwordHash: u.passwordHash, active: u.active }));
    await tx.execute(`TRUNCATE ${SEEDED_TABLES.map((t) => `"${t}"`).join(', ')} CASCADE`);
    tx.clear();
    for (const k of kept) {
      const user = new User(k.username, k.displayName, k.passwordHash, Role.FINANCE_OFFICE);
      Object.assign(user, { id: k.id, active: k.active });
      tx.persist(user);
    }
    return load(tx);
  });
}
