// The one place where modules' components are registered (see spaces/components.ts).
// A module that offers a component adds one import here: `import './modules/<module>/component';`
export {};
