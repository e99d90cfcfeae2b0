// The one place where modules' components (and their background jobs) are registered.
// A module that offers a component adds one import here.
import './modules/gatherings/component';
import './modules/inputs/component';
import './modules/programme/component';
import './modules/requests/component';
import './modules/budgeting/component';
