#!/usr/bin/env node
// Placeholder for scripts whose package lands in a later issue; says so plainly instead of failing.
const task = process.argv[2] ?? 'this task';
console.log(`"${task}" arrives with the elements and Storybook (apps/storybook). Nothing to do yet.`);
