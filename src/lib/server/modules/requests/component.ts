import { registerJobHandler } from '../../jobs';
import { onMemberLeaving } from '../network';
import { escalateIfOverdue, escalationJob, handOnWhenLeaving } from './service';

// The request desk belongs to organisations, not to a space: it registers its job and what happens when a handler leaves.
registerJobHandler(escalationJob, escalateIfOverdue);
onMemberLeaving(handOnWhenLeaving);
