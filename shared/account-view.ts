export interface AccountView {
  identifier: string;
  firstName: string;
  /** Children whose link was confirmed at activation, by first name and class only. */
  children: { firstName: string; className: string | null }[];
  /** Issued with a temporary password by the secretariat: a new one is chosen first. */
  mustChangePassword: boolean;
}
