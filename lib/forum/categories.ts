/**
 * The forum's categories as the seed writes them (admins may change a category's threshold and
 * days in the table). Defaults follow join.gov.tw: 5,000 endorsements within 60 days.
 */
import { DEFAULT_ENDORSEMENT_DAYS, DEFAULT_THRESHOLD, type CategorySlug } from './rules';

export type CategorySeed = {
  slug: CategorySlug;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  threshold: number;
  days: number;
};

export const FORUM_CATEGORIES: readonly CategorySeed[] = [
  { slug: 'e-invoice', name: '電子發票', nameEn: 'E-invoices', description: '開立、查詢與使用電子發票。', descriptionEn: 'Issuing, finding and using e-invoices.', threshold: DEFAULT_THRESHOLD, days: DEFAULT_ENDORSEMENT_DAYS },
  { slug: 'carriers-prizes', name: '載具與兌獎', nameEn: 'Carriers and prizes', description: '手機條碼、卡片載具、歸戶、對獎與領獎。', descriptionEn: 'Mobile barcodes, card carriers, linking, checking and claiming prizes.', threshold: DEFAULT_THRESHOLD, days: DEFAULT_ENDORSEMENT_DAYS },
  { slug: 'tax-calculators', name: '稅務試算', nameEn: 'Tax calculators', description: '綜合所得稅、使用牌照稅與滯納金試算。', descriptionEn: 'Income tax, licence tax and late-fee calculators.', threshold: DEFAULT_THRESHOLD, days: DEFAULT_ENDORSEMENT_DAYS },
  { slug: 'open-data', name: '開放資料', nameEn: 'Open data', description: '統計、資料集與開放資料授權。', descriptionEn: 'Statistics, datasets and the open data licence.', threshold: DEFAULT_THRESHOLD, days: DEFAULT_ENDORSEMENT_DAYS },
  { slug: 'this-site', name: '本網站', nameEn: 'This website', description: '本網站的使用、無障礙與建議。', descriptionEn: 'Using this website, accessibility and suggestions.', threshold: DEFAULT_THRESHOLD, days: DEFAULT_ENDORSEMENT_DAYS },
];
