export { registerJobHandler, scheduleJob, scheduleJobUnlessPending, unscheduleJob, runDueJobs, type JobHandler, type JobRequest } from './queue';
