// One agency's reminder as an RFC 5322 message (UTF-8 subject and body), built by nodemailer's mail composer; never
// sent: the secretariat sends it from its own mail client. Date and Message-ID come from the data, so the same data
// gives the same file.
// nodemailer is required when a message is built, not bundled: it stays off the start-up path of every other command.
import type MailComposerType from "nodemailer/lib/mail-composer";
import type { Lang } from "../../i18n";
import type { AgencyReminder, RemindReport } from "../../report/remind";
import { agencyName, agencyText, periodLabel, remindWords } from "./common";

export function eml(r: RemindReport, a: AgencyReminder, lang: Lang): Promise<Uint8Array> {
  const MailComposer = require("nodemailer/lib/mail-composer") as typeof MailComposerType;
  const w = remindWords(lang);
  const mail = new MailComposer({
    subject: w.subject(agencyName(a, lang), periodLabel(r, lang)),
    text: agencyText(a, r, lang),
    date: new Date(`${r.cutoff}T00:00:00Z`),
    messageId: `<${r.plan.id}-${r.period}-${a.agency.id}@par.invalid>`,
    textEncoding: "base64",
  });
  return new Promise((resolve, reject) => {
    mail.compile().build((err, message) => (err ? reject(err) : resolve(new Uint8Array(message))));
  });
}
