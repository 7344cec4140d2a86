import { contentPage } from '@/lib/content/content-page';

const page = contentPage('contact');
export const generateMetadata = page.generateMetadata;
export default page.Page;
