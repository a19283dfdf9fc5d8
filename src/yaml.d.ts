declare module '*.yaml' {
	const checklist: import('./lib/content/checklist-schema.ts').Checklist;
	export default checklist;
}
