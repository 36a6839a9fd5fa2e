// 404 inside the language layout: /de, /fr/nowhere and any other unknown path under it.
import { NotFoundPage } from "@/components/NotFoundPage";

export default function NotFound() {
  return <NotFoundPage />;
}
