/** The part of GitHub's `issues` webhook payload (action `opened`) the triage job reads. */
export interface IssueOpened {
  readonly action: "opened";
  readonly issue: {
    readonly number: number;
    readonly title: string;
    readonly body: string | null;
    readonly html_url: string;
    readonly user: { readonly login: string };
  };
  readonly repository: {
    readonly name: string;
    readonly full_name: string;
    readonly owner: { readonly login: string };
  };
}

/** The event name the job listens for, as a GitHub webhook relay would send it. */
export const ISSUE_OPENED = "github.issues.opened";
