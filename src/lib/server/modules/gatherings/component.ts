import { registerJobHandler } from '../../jobs';
import { registerComponent } from '../spaces';
import { sendReminder } from './reminders';
import { reminderJob } from './service';

registerComponent({
	key: 'gatherings',
	module: 'gatherings',
	name: 'gatherings.component.name',
	description: 'gatherings.component.description',
	path: 'bijeenkomsten'
});

registerJobHandler(reminderJob, sendReminder);
