import { contentPage } from '@/lib/content/content-page';

const page = contentPage('open-data-licence');
export const generateMetadata = page.generateMetadata;
export default page.Page;
