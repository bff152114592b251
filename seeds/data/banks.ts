import { BankKind, OfficerTitle } from '../../src/modules/bank/bank.enums';
import type { SeedBank } from './types';

/**
 * Banks with a city-level presence in Changde. Bank names are the institutions' own; branch names
 * and officers are invented for the data set (no real people). Phone numbers are left out rather
 * than risk printing a real subscriber's number.
 */
export const BANKS: SeedBank[] = [
  {
    key: 'adbc',
    name: '中国农业发展银行常德市分行',
    shortName: '农发行常德市分行',
    nameEn: 'Agricultural Development Bank of China, Changde Branch',
    kind: BankKind.POLICY,
    branches: [
      {
        key: 'adbc-biz',
        name: '中国农业发展银行常德市分行营业部',
        nameEn: 'Agricultural Development Bank of China, Changde Branch Business Department',
        officers: [
          { key: 'adbc-biz-pres', name: '周建华', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'adbc-biz-am1', name: '罗晓燕', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'icbc',
    name: '中国工商银行常德分行',
    shortName: '工行常德分行',
    nameEn: 'Industrial and Commercial Bank of China, Changde Branch',
    kind: BankKind.LARGE_STATE_OWNED,
    branches: [
      {
        key: 'icbc-jkq',
        name: '中国工商银行常德经开区支行',
        nameEn: 'ICBC Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'icbc-jkq-pres', name: '刘志刚', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'icbc-jkq-vp', name: '陈丽娟', title: OfficerTitle.VICE_PRESIDENT },
          { key: 'icbc-jkq-am1', name: '王浩', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
      {
        key: 'icbc-ds',
        name: '中国工商银行常德德山支行',
        nameEn: 'ICBC Changde Deshan Sub-branch',
        officers: [
          { key: 'icbc-ds-pres', name: '杨国强', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'icbc-ds-am1', name: '李婷', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'abc',
    name: '中国农业银行常德分行',
    shortName: '农行常德分行',
    nameEn: 'Agricultural Bank of China, Changde Branch',
    kind: BankKind.LARGE_STATE_OWNED,
    branches: [
      {
        key: 'abc-jkq',
        name: '中国农业银行常德经济技术开发区支行',
        nameEn: 'ABC Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'abc-jkq-pres', name: '胡卫东', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'abc-jkq-am1', name: '彭静', title: OfficerTitle.ACCOUNT_MANAGER },
          { key: 'abc-jkq-am2', name: '谢宇航', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'boc',
    name: '中国银行常德分行',
    shortName: '中行常德分行',
    nameEn: 'Bank of China, Changde Branch',
    kind: BankKind.LARGE_STATE_OWNED,
    branches: [
      {
        key: 'boc-jkq',
        name: '中国银行常德经开区支行',
        nameEn: 'Bank of China Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'boc-jkq-pres', name: '黄建军', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'boc-jkq-vp', name: '邓小梅', title: OfficerTitle.VICE_PRESIDENT },
          { key: 'boc-jkq-am1', name: '曾凡', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'ccb',
    name: '中国建设银行常德分行',
    shortName: '建行常德分行',
    nameEn: 'China Construction Bank, Changde Branch',
    kind: BankKind.LARGE_STATE_OWNED,
    branches: [
      {
        key: 'ccb-jkq',
        name: '中国建设银行常德经开区支行',
        nameEn: 'CCB Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'ccb-jkq-pres', name: '张明亮', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'ccb-jkq-am1', name: '吴佳', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
      {
        key: 'ccb-tech',
        name: '中国建设银行常德科技支行',
        nameEn: 'CCB Changde Technology Sub-branch',
        isTechBranch: true,
        officers: [
          { key: 'ccb-tech-pres', name: '赵立新', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'ccb-tech-vp', name: '孙雅琴', title: OfficerTitle.VICE_PRESIDENT },
          { key: 'ccb-tech-am1', name: '唐振宇', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'bocom',
    name: '交通银行常德分行',
    shortName: '交行常德分行',
    nameEn: 'Bank of Communications, Changde Branch',
    kind: BankKind.LARGE_STATE_OWNED,
    branches: [
      {
        key: 'bocom-ds',
        name: '交通银行常德德山支行',
        nameEn: 'Bank of Communications Changde Deshan Sub-branch',
        officers: [
          { key: 'bocom-ds-pres', name: '蒋文斌', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'bocom-ds-am1', name: '肖芳', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'psbc',
    name: '中国邮政储蓄银行常德市分行',
    shortName: '邮储银行常德市分行',
    nameEn: 'Postal Savings Bank of China, Changde Branch',
    kind: BankKind.LARGE_STATE_OWNED,
    branches: [
      {
        key: 'psbc-jkq',
        name: '中国邮政储蓄银行常德市经开区支行',
        nameEn: 'PSBC Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'psbc-jkq-pres', name: '戴红梅', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'psbc-jkq-am1', name: '郭鹏', title: OfficerTitle.ACCOUNT_MANAGER },
          { key: 'psbc-jkq-am2', name: '龚雪', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    // Known as 华融湘江银行 until its renaming in 2022.
    key: 'hnb',
    name: '湖南银行常德分行',
    shortName: '湖南银行常德分行',
    nameEn: 'Bank of Hunan, Changde Branch',
    kind: BankKind.CITY_COMMERCIAL,
    branches: [
      {
        key: 'hnb-tech',
        name: '湖南银行常德科技支行',
        nameEn: 'Bank of Hunan Changde Technology Sub-branch',
        isTechBranch: true,
        officers: [
          { key: 'hnb-tech-pres', name: '易志勇', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'hnb-tech-am1', name: '贺敏', title: OfficerTitle.ACCOUNT_MANAGER },
          { key: 'hnb-tech-am2', name: '田俊杰', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
      {
        key: 'hnb-jkq',
        name: '湖南银行常德经开区支行',
        nameEn: 'Bank of Hunan Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'hnb-jkq-pres', name: '钟德华', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'hnb-jkq-am1', name: '付琳', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'csb',
    name: '长沙银行常德分行',
    shortName: '长沙银行常德分行',
    nameEn: 'Bank of Changsha, Changde Branch',
    kind: BankKind.CITY_COMMERCIAL,
    branches: [
      {
        key: 'csb-tech',
        name: '长沙银行常德科技支行',
        nameEn: 'Bank of Changsha Changde Technology Sub-branch',
        isTechBranch: true,
        officers: [
          { key: 'csb-tech-pres', name: '朱海峰', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'csb-tech-vp', name: '熊慧', title: OfficerTitle.VICE_PRESIDENT },
          { key: 'csb-tech-am1', name: '袁博', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
      {
        key: 'csb-jkq',
        name: '长沙银行常德经开区支行',
        nameEn: 'Bank of Changsha Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'csb-jkq-pres', name: '尹国平', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'csb-jkq-am1', name: '廖思琪', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'rcb',
    name: '湖南常德农村商业银行',
    shortName: '常德农商银行',
    nameEn: 'Hunan Changde Rural Commercial Bank',
    kind: BankKind.RURAL_COMMERCIAL,
    branches: [
      {
        key: 'rcb-ds',
        name: '湖南常德农村商业银行德山支行',
        nameEn: 'Changde Rural Commercial Bank Deshan Sub-branch',
        officers: [
          { key: 'rcb-ds-pres', name: '覃军', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'rcb-ds-vp', name: '夏红霞', title: OfficerTitle.VICE_PRESIDENT },
          { key: 'rcb-ds-am1', name: '邹磊', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
      {
        key: 'rcb-jkq',
        name: '湖南常德农村商业银行经开区支行',
        nameEn: 'Changde Rural Commercial Bank Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'rcb-jkq-pres', name: '万春生', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'rcb-jkq-am1', name: '段丽', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'spdb',
    name: '上海浦东发展银行常德分行',
    shortName: '浦发银行常德分行',
    nameEn: 'Shanghai Pudong Development Bank, Changde Branch',
    kind: BankKind.JOINT_STOCK,
    branches: [
      {
        key: 'spdb-jkq',
        name: '上海浦东发展银行常德经开区支行',
        nameEn: 'SPD Bank Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'spdb-jkq-pres', name: '许振华', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'spdb-jkq-am1', name: '沈怡', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'citic',
    name: '中信银行常德分行',
    shortName: '中信银行常德分行',
    nameEn: 'China CITIC Bank, Changde Branch',
    kind: BankKind.JOINT_STOCK,
    branches: [
      {
        key: 'citic-jkq',
        name: '中信银行常德经开区支行',
        nameEn: 'China CITIC Bank Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'citic-jkq-pres', name: '马骏', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'citic-jkq-am1', name: '程雨欣', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'cib',
    name: '兴业银行常德分行',
    shortName: '兴业银行常德分行',
    nameEn: 'Industrial Bank, Changde Branch',
    kind: BankKind.JOINT_STOCK,
    branches: [
      {
        key: 'cib-jkq',
        name: '兴业银行常德经开区支行',
        nameEn: 'Industrial Bank Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'cib-jkq-pres', name: '林永生', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'cib-jkq-vp', name: '宋晓丽', title: OfficerTitle.VICE_PRESIDENT },
          { key: 'cib-jkq-am1', name: '韩磊', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
  {
    key: 'ceb',
    name: '中国光大银行常德分行',
    shortName: '光大银行常德分行',
    nameEn: 'China Everbright Bank, Changde Branch',
    kind: BankKind.JOINT_STOCK,
    branches: [
      {
        key: 'ceb-jkq',
        name: '中国光大银行常德经开区支行',
        nameEn: 'China Everbright Bank Changde Economic and Technological Development Zone Sub-branch',
        officers: [
          { key: 'ceb-jkq-pres', name: '潘立军', title: OfficerTitle.BRANCH_PRESIDENT },
          { key: 'ceb-jkq-am1', name: '汪洁', title: OfficerTitle.ACCOUNT_MANAGER },
        ],
      },
    ],
  },
];
