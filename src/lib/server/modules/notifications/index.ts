export { enqueueEmail, listOutbox, deliverDueEmails, type Email, type Transport } from './service';
export { smtpTransport } from './mailer';
export { canReadOutbox } from './policy';
