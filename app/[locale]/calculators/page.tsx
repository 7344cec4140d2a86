import { sectionPage } from '@/lib/i18n/section-page';

const page = sectionPage('calculators', '/calculators');
export const generateMetadata = page.generateMetadata;
export default page.Page;
