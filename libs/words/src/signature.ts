/** Who wrote, and how to reach them: a school that answers should not have to look it up. */
export const SIGNATURE = `{{advocate.name}}
{{organization.name}}{{#advocate.email}}
{{advocate.email}}{{/advocate.email}}`;
