import { ErrorMessage } from '@/components/ui/error-message';

export default function NotFound() {
  return <ErrorMessage title="notFoundTitle" body="notFoundBody" />;
}
