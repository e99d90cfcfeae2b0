import { registerComponent } from '../spaces';
import { inputsComponent } from './service';

registerComponent({
	key: inputsComponent,
	module: 'inputs',
	name: 'inputs.component.name',
	description: 'inputs.component.description',
	path: 'inbreng'
});
