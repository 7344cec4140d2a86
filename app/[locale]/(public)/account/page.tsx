import { sectionPage } from '@/lib/i18n/section-page';

const page = sectionPage('account', '/account');
export const generateMetadata = page.generateMetadata;
export default page.Page;
