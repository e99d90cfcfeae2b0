import { registerActionLinks } from '../inputs';
import { registerComponent } from '../spaces';
import { programmeLinks } from './links';
import { programmeComponent } from './service';

registerComponent({
	key: programmeComponent,
	module: 'programme',
	name: 'programme.component.name',
	description: 'programme.component.description',
	path: 'programma'
});

registerActionLinks(programmeLinks);
