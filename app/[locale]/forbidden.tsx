import { ErrorMessage } from '@/components/ui/error-message';

// Rendered with status 403 when a page calls forbidden() (a signed-in staff member without the role).
export default function Forbidden() {
  return <ErrorMessage title="forbiddenTitle" body="forbiddenBody" />;
}
