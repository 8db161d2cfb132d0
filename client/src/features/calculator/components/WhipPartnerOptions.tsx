import { useMemo } from 'react';
import { whipBuilderInput } from '@mehrheitsplaner/shared';
import type {
  CouncilView,
  MajorityOption,
  MemberView,
  MotionView,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { hrefOf } from '../../../app/route';
import { whipCountInput } from '../../motions/utils/seat-votes';
import { settingsFromBuilder } from '../utils/calculator';
import { handOverToCalculator } from '../utils/calculator-start';
import { PartnerOptions } from './PartnerOptions';

type WhipPartnerOptionsProps = {
  motion: MotionView;
  entries: WhipEntryView[];
  council: CouncilView;
  members: MemberView[];
  /** The motion's partner sets (the server's builder on the same whip count). */
  options: MajorityOption[];
  nameOf: (key: string) => string;
};

/** A motion's partner sets, each one a click away from the calculator started from the whip. */
export function WhipPartnerOptions(props: WhipPartnerOptionsProps) {
  const { motion, entries, council, members, options, nameOf } = props;
  const builder = useMemo(
    () => whipBuilderInput(whipCountInput(council, members, motion, entries)),
    [council, members, motion, entries],
  );
  const open = (partnerKeys: string[]) => {
    handOverToCalculator({
      settings: settingsFromBuilder(builder, partnerKeys),
      requiredMajority: motion.requiredMajority,
      origin: motion.title,
    });
    window.location.hash = hrefOf({ page: 'council' });
  };
  return (
    <PartnerOptions options={options} nameOf={nameOf} onApply={open} onOpen={() => open([])} />
  );
}
