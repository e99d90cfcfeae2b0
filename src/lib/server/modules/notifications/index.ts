export { enqueueEmail, listOutbox, deliverDueEmails, notify, listNotices, countUnreadNotices, markNoticesRead, type Email, type Transport, type Notice } from './service';
export { smtpTransport } from './mailer';
export { canReadOutbox } from './policy';
export { sendLetter, type Letter, type Recipient } from './letters';
