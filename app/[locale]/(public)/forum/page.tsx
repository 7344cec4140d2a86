import { sectionPage } from '@/lib/i18n/section-page';

const page = sectionPage('forum', '/forum');
export const generateMetadata = page.generateMetadata;
export default page.Page;
