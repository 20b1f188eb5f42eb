import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import type { IgnoredDeclaration } from '@readiness/plugin-readiness-common';

const useStyles = makeStyles((theme: Theme) => ({
  list: {
    margin: 0,
    paddingLeft: theme.spacing(2.5),
  },
  annotation: {
    fontFamily: 'monospace',
  },
}));

/** Props of {@link IgnoredDeclarations}. @internal */
export interface IgnoredDeclarationsProps {
  declarations: IgnoredDeclaration[];
}

/**
 * Exemption and attestation annotations the scan did not apply, each with why. Their authors
 * believe a check is settled; the scorecard says otherwise, and this says what to fix.
 *
 * @internal
 */
export function IgnoredDeclarations(props: IgnoredDeclarationsProps) {
  const { declarations } = props;
  const classes = useStyles();
  return (
    <>
      <Typography variant="body2" paragraph>
        These annotations exempt or attest nothing until they are corrected: the
        checks they name are scored as if they were absent.
      </Typography>
      <ul className={classes.list} aria-label="Annotations not applied">
        {declarations.map(declaration => (
          <li key={`${declaration.object} ${declaration.annotation}`}>
            <Typography variant="body2">
              <span className={classes.annotation}>
                {declaration.annotation}
              </span>{' '}
              on {declaration.object}: {declaration.reason}
            </Typography>
          </li>
        ))}
      </ul>
    </>
  );
}
