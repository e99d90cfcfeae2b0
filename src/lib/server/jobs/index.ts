export { registerJobHandler, scheduleJob, unscheduleJob, runDueJobs, type JobHandler, type JobRequest } from './queue';
