import { registerJobHandler } from '../../jobs';
import { registerComponent } from '../spaces';
import { countBallotBoxes } from './counting';
import { shuffleBallotBox, shuffleJob } from './secrecy';
import { budgetComponent, countJob } from './service';

registerComponent({
	key: budgetComponent,
	module: 'budgeting',
	name: 'budget.component.name',
	description: 'budget.component.description',
	path: 'begroting'
});

// The day after voting closes every ballot box is counted, whether or not anyone presses a button.
registerJobHandler(countJob, async (tx, payload, now) => {
	if (typeof payload.processId === 'string') await countBallotBoxes(tx, payload.processId, now);
});

// While votes come in, the box is rewritten a few minutes after the first ballot since the last rewrite.
registerJobHandler(shuffleJob, async (tx, payload) => {
	if (typeof payload.processId === 'string') await shuffleBallotBox(tx, payload.processId);
});
