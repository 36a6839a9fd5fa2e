// The presenter's help (`?`): every key and what it does, from the dictionary (the same map as
// lib/present/deck.ts keyAction). Hook-free.
import { getDictionary, type Locale } from "@/lib/i18n";

/** The help overlay, shown over the stage until `?` or Escape closes it. */
export function PresenterHelp({ locale }: { locale: Locale }) {
  const t = getDictionary(locale);
  return (
    <div className="help-overlay" role="dialog" aria-labelledby="help-heading">
      <h2 id="help-heading">{t.present.help.heading}</h2>
      <dl>
        {t.present.help.keys.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p>{t.present.help.close}</p>
    </div>
  );
}
