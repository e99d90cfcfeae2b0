import { registerComponent } from '../spaces';
import { budgetComponent } from './service';

registerComponent({
	key: budgetComponent,
	module: 'budgeting',
	name: 'budget.component.name',
	description: 'budget.component.description',
	path: 'begroting'
});
